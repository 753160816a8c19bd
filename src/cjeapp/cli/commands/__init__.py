"""The headless commands, one module each: ``NAME``, ``HELP``, ``arguments(parser)``,
``check(args)`` and ``run(args)`` (see ``cjeapp.cli.registry``)."""
