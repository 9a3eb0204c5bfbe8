"""The workspaces of the main window, one module or package each."""
