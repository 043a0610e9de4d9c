"""Files: the native ``.raci.json`` format, CSV, and (later) spreadsheets. No Qt."""
