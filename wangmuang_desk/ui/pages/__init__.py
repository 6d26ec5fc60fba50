"""Screens of the main window; each page owns its file."""

from wangmuang_desk.ui.pages.registry_page import RegistryPage

__all__ = ["RegistryPage"]
