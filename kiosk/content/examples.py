"""One YAML example per record of the schema, for the curator guide.

Each example shows every key of its record. A test converts each one with the
real schema and fails if it has a problem or leaves a key out, so the examples
in docs/CONTENT.md can be copied as they are and never fall behind the schema.
Figures and dates are taken from the bundled exhibition, which cites them.
"""

from __future__ import annotations

import json

from kiosk.content.interface import BUILT_IN_WORDS

EXAMPLES: dict[str, str | tuple[str, ...]] = {
    "Manifest": """\
title:
  en: "Operation No. 00447"
  ru: "Операция № 00447"
subtitle:
  en: "The Kulak Operation, 1937–1938"
  ru: "«Кулацкая операция», 1937–1938"
edition: "2026-11"
languages:
  - code: en
    name: English
  - code: ru
    name: Русский
default_language: en
panels:
  - context
  - mechanisms
advisory:
  en: "This exhibition is about the killing of hundreds of thousands of people."
  ru: "Эта выставка рассказывает об убийстве сотен тысяч людей."
assets: ../assets
theme:
  accent: "#d9a45b"
idle:
  timeout_seconds: 120
attract:
  slide_seconds: 8
""",
    "Language": """\
code: ru
name: Русский
""",
    "Theme": """\
background: "#14110f"
surface: "#221e1b"
text: "#f2ede6"
muted_text: "#c4bbb0"
accent: "#d9a45b"
""",
    "Idle settings": """\
timeout_seconds: 120
warning_seconds: 20
""",
    "Attract settings": """\
slide_seconds: 8
slides:
  - type: teaser
    panel: mechanisms
""",
    "Panel": """\
title:
  en: "How the operation worked"
  ru: "Как действовала операция"
summary:
  en: "Quotas, troikas and secret sentences"
  ru: "Лимиты, тройки и тайные приговоры"
theme_colour: "#5b3a36"
pages:
  - title:
      en: "Round-number quotas"
      ru: "«Круглые» лимиты"
    blocks:
      - type: text
        text:
          en: "The order set round-number [[quota|quotas]] for every region."
          ru: "Приказ установил «круглые» [[quota|лимиты]] для каждого региона."
""",
    "Page": """\
title:
  en: "Round-number quotas"
  ru: "«Круглые» лимиты"
sources: [werth-2010]
blocks:
  - type: text
    text:
      en: "The order set round-number [[quota|quotas]] for every region."
      ru: "Приказ установил «круглые» [[quota|лимиты]] для каждого региона."
narration:
  audio:
    en: narration/quotas-en.mp3
    ru: narration/quotas-ru.mp3
  transcript:
    en: "The order set round-number quotas for every region."
    ru: "Приказ установил «круглые» лимиты для каждого региона."
""",
    "Narration": """\
audio:
  en: narration/quotas-en.mp3
  ru: narration/quotas-ru.mp3
transcript:
  en: >-
    The order set round-number [[quota|quotas]] for every region and
    republic, in each of the two categories.
  ru: >-
    Приказ установил для каждой области и республики «круглые»
    [[quota|лимиты]] по обеим категориям.
""",
    "Text block": """\
type: text
text:
  en: >-
    Sentences were passed by a [[troika]] in the absence of the accused.
    There was no defence and no appeal.
  ru: >-
    Приговоры выносила [[troika|тройка]] заочно.
    Не было ни защиты, ни обжалования.
""",
    "Image block": """\
type: image
image: photos/reading-room.jpg
alt:
  en: "Visitors reading at a table in the museum's reading room"
  ru: "Посетители читают за столом в читальном зале музея"
caption:
  en: "The reading room"
  ru: "Читальный зал"
credit:
  en: "Photo: museum staff, 2024. All rights reserved."
  ru: "Фото: сотрудники музея, 2024. Все права защищены."
""",
    "Quote block": """\
type: quote
text:
  en: "…once and for all of the entire gang of anti-Soviet elements"
  ru: "…раз и навсегда от всей банды антисоветских элементов"
attribution:
  en: "Nikolai Yezhov, head of the NKVD, preamble of Order No. 00447, 30 July 1937"
  ru: "Николай Ежов, нарком внутренних дел, преамбула приказа № 00447, 30 июля 1937 г."
sources: [werth-2010]
""",
    "Key figure block": (
        """\
type: figure
value: 5000
value_to: 10000
qualifier: about
label:
  en: "people rehabilitated a year in the late 1950s and early 1960s"
  ru: "человек в год реабилитировали в конце 1950-х — начале 1960-х годов"
sources: [werth-2010]
""",
        """\
type: figure
value: 85
unit:
  en: "%"
  ru: "%"
label:
  en: "of the 35,000 Orthodox clergy were arrested, condemned or shot"
  ru: "из 35 тысяч православных священнослужителей арестованы, осуждены или расстреляны"
sources: [werth-2010]
""",
    ),
    "Chart block": """\
type: chart
chart: stacked-bars
title:
  en: "Quotas of Order No. 00447"
  ru: "Лимиты по приказу № 00447"
unit:
  en: "people"
  ru: "человек"
categories:
  - id: moscow
    label:
      en: "Moscow and region"
      ru: "Москва и область"
  - id: ukraine
    label:
      en: "Ukraine"
      ru: "Украина"
series:
  - label:
      en: "First category: to be shot"
      ru: "Первая категория: расстрел"
    values: [5000, 8000]
  - label:
      en: "Second category: ten years in camps"
      ru: "Вторая категория: десять лет лагерей"
    values: [30000, 20800]
notes:
  - category: moscow
    text:
      en: "The largest quota for a region"
      ru: "Самый большой лимит для области"
caption:
  en: "Each region's quota was set in Moscow."
  ru: "Лимит каждого региона устанавливала Москва."
sources: [werth-2010]
""",
    "Chart category": (
        """\
id: moscow
label:
  en: "Moscow and region"
  ru: "Москва и область"
""",
        """\
id: sep-1937
date: "1937-09-30"
label:
  en: "30 September 1937"
  ru: "30 сентября 1937 г."
""",
    ),
    "Chart series": """\
label:
  en: "First category: to be shot"
  ru: "Первая категория: расстрел"
values: [5000, 8000]
""",
    "Chart note": """\
category: moscow
text:
  en: "The largest quota for a region"
  ru: "Самый большой лимит для области"
""",
    "Timeline block": """\
type: timeline
title:
  en: "The Kulak Operation"
  ru: "«Кулацкая операция»"
events:
  - date: "1937-07-30"
    label:
      en: "Order No. 00447 is signed"
      ru: "Подписан приказ № 00447"
    sources: [werth-2010]
""",
    "Timeline event": """\
date: "1937-08-05"
date_to: "1938-11-17"
label:
  en: "The operation runs"
  ru: "Операция идёт"
text:
  en: "Planned for four months, it lasted over fifteen."
  ru: "Рассчитанная на четыре месяца, она продлилась больше пятнадцати."
sources: [werth-2010]
""",
    "Map block": """\
type: map
title:
  en: "Places of execution and burial"
  ru: "Места расстрелов и захоронений"
points:
  - name:
      en: "Butovo shooting range"
      ru: "Бутовский полигон"
    latitude: 55.55
    longitude: 37.59
    kind: execution-site
    sources: [werth-2010]
""",
    "Map point": """\
name:
  en: "Butovo shooting range"
  ru: "Бутовский полигон"
latitude: 55.55
longitude: 37.59
kind: execution-site
text:
  en: "An NKVD “special shooting range” near Moscow, where 20,765 people were shot."
  ru: "Расстрельный полигон НКВД под Москвой, где расстреляны 20 765 человек."
sources: [werth-2010, golovkova-1999]
""",
    "Figure slide": (
        """\
type: figure
value: 387000
value_to: 445000
label:
  en: >-
    people shot under Order No. 00447: 387,000 by the NKVD’s own count,
    up to 445,000 by a higher estimate
  ru: >-
    человек расстреляно по приказу № 00447: 387 тысяч по учёту НКВД,
    до 445 тысяч по более высокой оценке
sources: [werth-2010, jansen-petrov-2002]
seconds: 10
""",
        """\
type: figure
value: 85
qualifier: exact
unit:
  en: "%"
  ru: "%"
label:
  en: "of the 35,000 Orthodox clergy were arrested, condemned or shot"
  ru: "из 35 тысяч православных священнослужителей арестованы, осуждены или расстреляны"
sources: [werth-2010]
seconds: 8
""",
    ),
    "Quote slide": """\
type: quote
text:
  en: "…once and for all of the entire gang of anti-Soviet elements"
  ru: "…раз и навсегда от всей банды антисоветских элементов"
attribution:
  en: "Nikolai Yezhov, head of the NKVD, preamble of Order No. 00447, 30 July 1937"
  ru: "Николай Ежов, нарком внутренних дел, преамбула приказа № 00447, 30 июля 1937 г."
sources: [werth-2010]
seconds: 12
""",
    "Image slide": """\
type: image
image: photos/reading-room.jpg
alt:
  en: "Visitors reading at a table in the museum's reading room"
  ru: "Посетители читают за столом в читальном зале музея"
caption:
  en: "The reading room"
  ru: "Читальный зал"
credit:
  en: "Photo: museum staff, 2024. All rights reserved."
  ru: "Фото: сотрудники музея, 2024. Все права защищены."
seconds: 8
""",
    "Teaser slide": """\
type: teaser
panel: mechanisms
text:
  en: "How were the sentences decided? Touch to find out."
  ru: "Как выносились приговоры? Коснитесь экрана."
seconds: 8
""",
    "Glossary": """\
terms:
  troika:
    term:
      en: "troika"
      ru: "тройка"
    definition:
      en: "A board of three officials that passed sentences without a trial."
      ru: "Комиссия из трёх должностных лиц, выносившая приговоры без суда."
    sources: [werth-2010]
""",
    "Glossary term": """\
term:
  en: "troika"
  ru: "тройка"
definition:
  en: "A board of three officials that passed sentences without a trial."
  ru: "Комиссия из трёх должностных лиц, выносившая приговоры без суда."
sources: [werth-2010]
""",
    "Bibliography": """\
sources:
  werth-2010:
    author: "Werth, Nicolas"
    title: "The NKVD Mass Secret Operation n°00447 (August 1937 – November 1938)"
    year: 2010
""",
    "Source": """\
author: "Museum staff"
title: "Guide to the exhibition"
year: 2026
published_in: "The museum's guide series, no. 3"
publisher: "The museum, its city"
url: "https://museum.example/guide"
note:
  en: "The museum's own guide, on sale in the shop."
  ru: "Собственный путеводитель музея; продаётся в магазине."
""",
    "Interface words": "",  # filled in below, from the built-in words
}
"""YAML examples by record name (``record_name`` in kiosk/content/schema.py); a record
whose keys cannot all be shown at once (a range and a unit) has several."""


def _interface_words_example() -> str:
    """Every interface word, reworded here in English: the built-in English, as a start."""
    lines = []
    for key, word in BUILT_IN_WORDS["en"].items():
        lines += [f"{key}:", f"  en: {json.dumps(word, ensure_ascii=False)}"]
    return "\n".join(lines) + "\n"


EXAMPLES["Interface words"] = _interface_words_example()


def examples_of(record_name: str) -> tuple[str, ...]:
    """The record's examples, none if it has none."""
    found = EXAMPLES.get(record_name, ())
    return (found,) if isinstance(found, str) else found
