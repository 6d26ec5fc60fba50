"""Text normalisation for search-as-you-type."""

from wangmuang_desk.thai.digits import to_arabic_digits


def normalize_search(text: str) -> str:
    """Fold *text* so that what staff type matches what is stored.

    Strips and collapses whitespace, turns Thai digits into Arabic ones (people
    type either) and casefolds Latin letters.
    """
    if not text:
        return ""
    return " ".join(to_arabic_digits(text).casefold().split())
