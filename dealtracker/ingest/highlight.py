"""Marking the entities a classifier found in an article's text, for the review queue."""

import html
import re


def highlight(text: str, terms: dict[str, str]) -> str:
    """The text as escaped HTML with each term wrapped in <mark class="entity-KIND">.

    `terms` maps a surface form ("Baykar", "Italy") to its kind ("company", "country",
    "system"). Longer terms win over shorter ones they contain; matching ignores case and
    respects word boundaries.
    """
    names = sorted((t for t in terms if t.strip()), key=len, reverse=True)
    if not names:
        return html.escape(text)
    kinds = {name.casefold(): kind for name, kind in terms.items()}
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(name) for name in names) + r")(?!\w)", re.IGNORECASE
    )
    parts = []
    last = 0
    for match in pattern.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        kind = kinds.get(match.group(1).casefold(), "entity")
        parts.append(f'<mark class="entity-{kind}">{html.escape(match.group(1))}</mark>')
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)
