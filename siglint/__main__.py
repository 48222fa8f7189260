from siglint.cli.main import main

raise SystemExit(main())
