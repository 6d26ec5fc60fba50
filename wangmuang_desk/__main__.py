from wangmuang_desk.cli import main

raise SystemExit(main())
