"""The working areas shown in the navigation list, in the order staff meet them.

Each page module is imported only when its page is first opened.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wangmuang_desk.ui.main_window import PageSpec


def preload_first_page(services) -> None:
    """Load what the page the window opens on needs, ahead of building it.

    The application calls this while the database's damage check runs in the background:
    the page's module and the services it asks at once (the people, the office's villages),
    with their models, then load in time the start spends waiting anyway.
    """
    import wangmuang_desk.ui.pages.people_page  # noqa: F401

    services.preload("people", "office")


def build_pages(services) -> list[PageSpec]:
    def people():
        from wangmuang_desk.ui.pages.people_page import PeoplePage

        return PeoplePage(services)

    def households():
        from wangmuang_desk.ui.pages.households_page import HouseholdsPage

        return HouseholdsPage(services)

    def occupations():
        from wangmuang_desk.ui.pages.occupations_page import OccupationsPage

        return OccupationsPage(services)

    def raw_materials():
        from wangmuang_desk.ui.pages.raw_materials_page import RawMaterialsPage

        return RawMaterialsPage(services)

    def groups():
        from wangmuang_desk.ui.groups.groups_page import GroupsPage

        return GroupsPage(services)

    def trainings():
        from wangmuang_desk.ui.trainings.trainings_page import TrainingsPage

        return TrainingsPage(services)

    def sages():
        from wangmuang_desk.ui.pages.sages_page import SagesPage

        return SagesPage(services)

    return [
        PageSpec("people", QCoreApplication.translate("Navigation", "People"), people),
        PageSpec("households", QCoreApplication.translate("Navigation", "Households"), households),
        PageSpec(
            "occupations", QCoreApplication.translate("Navigation", "Occupations"), occupations
        ),
        PageSpec(
            "raw_materials",
            QCoreApplication.translate("Navigation", "Raw materials"),
            raw_materials,
        ),
        PageSpec("sages", QCoreApplication.translate("Navigation", "Local sages"), sages),
        PageSpec("groups", QCoreApplication.translate("Navigation", "Occupational groups"), groups),
        PageSpec(
            "trainings", QCoreApplication.translate("Navigation", "Training rounds"), trainings
        ),
    ]
