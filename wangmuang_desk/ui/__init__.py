"""Qt user interface: windows, pages, dialogs, wizards. Never imports sqlalchemy."""
