"""The Qt front end: main window, dialogs, one package per workspace. Qt lives only here."""
