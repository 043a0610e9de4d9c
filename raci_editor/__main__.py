"""``python -m raci_editor`` behaves like the ``raci-editor`` command."""

from raci_editor.cli import main

raise SystemExit(main())
