"""Small reusable input widgets for Thai office forms."""

from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.citizen_id_edit import CitizenIdEdit
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.search_box import SearchBox

__all__ = ["BeDateEdit", "CitizenIdEdit", "FormErrors", "SearchBox"]
