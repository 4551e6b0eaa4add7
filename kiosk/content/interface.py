"""The interface words the engine brings: English and Russian.

Content may add other languages, or reword these, in interface.yaml; see
:class:`kiosk.content.schema.InterfaceWords`.
"""

BUILT_IN_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "home": "Home",
        "back": "Back",
        "next_page": "Next page",
        "previous_page": "Previous page",
        "page_of": "Page {page} of {count}",
        "sources": "Sources",
        "sources_title": "Sources for this panel",
        "close": "Close",
        "resume": "Continue",
        "touch_to_begin": "Touch to begin",
        "still_there": "Are you still there?",
        "still_there_hint": "Touch anywhere to continue. Otherwise the exhibition starts "
        "again for the next visitor in {seconds}\u00a0s.",
        "language": "Language",
        "advisory_title": "Before you begin",
        "glossary": "Glossary",
        "zoom_hint": "Pinch to zoom, drag to move",
        "about": "about",
        "more_than": "more than",
        "at_least": "at least",
        "up_to": "up to",
        "source": "Source",
        "chart": "Chart",
        "timeline": "Timeline",
        "map": "Map",
    },
    "ru": {
        "home": "На главную",
        "back": "Назад",
        "next_page": "Следующая страница",
        "previous_page": "Предыдущая страница",
        "page_of": "Страница {page} из {count}",
        "sources": "Источники",
        "sources_title": "Источники к этому разделу",
        "close": "Закрыть",
        "resume": "Продолжить",
        "touch_to_begin": "Коснитесь экрана, чтобы начать",
        "still_there": "Вы ещё здесь?",
        "still_there_hint": "Коснитесь экрана, чтобы продолжить. Иначе через {seconds}\u00a0с "
        "выставка начнётся заново для следующего посетителя.",
        "language": "Язык",
        "advisory_title": "Прежде чем начать",
        "glossary": "Словарь",
        "zoom_hint": "Сведите или разведите пальцы, чтобы изменить масштаб",
        "about": "около",
        "more_than": "более",
        "at_least": "не менее",
        "up_to": "до",
        "source": "Источник",
        "chart": "Диаграмма",
        "timeline": "Хроника",
        "map": "Карта",
    },
}
