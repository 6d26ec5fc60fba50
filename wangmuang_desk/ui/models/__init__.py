"""Qt item models over the services' list sources."""

from wangmuang_desk.ui.models.paged_table_model import Column, PagedTableModel

__all__ = ["Column", "PagedTableModel"]
