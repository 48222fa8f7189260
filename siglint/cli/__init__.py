"""The command line: reads files, calls the core, renders results."""
