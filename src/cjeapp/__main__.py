from cjeapp.cli import main

raise SystemExit(main())
