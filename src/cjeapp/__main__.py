import sys

if len(sys.argv) > 1 and sys.argv[1] == "--read-workbook-child":
    # The frozen program started as the reader of a workbook (see core/imports/
    # workbook_reading.py): nothing else is imported.
    from cjeapp.core.imports.workbook_child import main as read_workbook

    del sys.argv[1]
    raise SystemExit(read_workbook())

from cjeapp.cli import main

raise SystemExit(main())
