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
        "total": "Total",
        "months": "January February March April May June July August September October "
        "November December",
        "months_of": "January February March April May June July August September October "
        "November December",
        "timeline_hint": "Drag along the years, pinch to zoom, tap an event to read more",
        "map_hint": "Drag to move, pinch to zoom, tap a place to read more",
        "map_borders": "Today’s borders, for orientation: in 1937 the borders of the USSR "
        "and its republics were different.",
        "zoom_in": "Zoom in",
        "zoom_out": "Zoom out",
        "show_all": "Show all",
        "execution_site": "Execution site",
        "burial_site": "Burial site",
        "region": "Region",
        "place": "Place",
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
        "total": "Всего",
        "months": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
        "months_of": "января февраля марта апреля мая июня июля августа сентября октября "
        "ноября декабря",
        "timeline_hint": "Ведите пальцем вдоль лет, разведите пальцы, чтобы увеличить, "
        "коснитесь события, чтобы узнать больше",
        "map_hint": "Ведите пальцем, чтобы сдвинуть карту, разведите пальцы, чтобы "
        "увеличить, коснитесь места, чтобы узнать больше",
        "map_borders": "Современные границы, для ориентира: в 1937 году границы СССР "
        "и союзных республик были иными.",
        "zoom_in": "Крупнее",
        "zoom_out": "Мельче",
        "show_all": "Показать всё",
        "execution_site": "Место расстрелов",
        "burial_site": "Место захоронения",
        "region": "Регион",
        "place": "Место",
    },
}
