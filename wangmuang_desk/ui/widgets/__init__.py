"""Small reusable input widgets for Thai office forms.

`from wangmuang_desk.ui.widgets import BeDateEdit` works as ever, but each widget's module
loads when it is first asked for: the first page imports the search box through this
package, and the form widgets are not needed before a form opens (design.md, start-up).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
    from wangmuang_desk.ui.widgets.citizen_id_edit import CitizenIdEdit
    from wangmuang_desk.ui.widgets.form_errors import FormErrors
    from wangmuang_desk.ui.widgets.search_box import SearchBox

_MODULE_OF = {
    "BeDateEdit": "be_date_edit",
    "CitizenIdEdit": "citizen_id_edit",
    "FormErrors": "form_errors",
    "SearchBox": "search_box",
}

__all__ = ["BeDateEdit", "CitizenIdEdit", "FormErrors", "SearchBox"]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
