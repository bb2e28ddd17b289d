"""Text layout shared by the certificate and the DC-3 PDFs."""

from collections.abc import Callable


def wrap(text: str, measure: Callable[[str], float], width: float) -> list[str]:
    """Greedy word wrap by `measure` (a string's printed width); a word wider than the
    line is cut between characters, so nothing is ever dropped."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
            line = ""
        while measure(word) > width and len(word) > 1:
            cut = 1
            while cut < len(word) and measure(word[: cut + 1]) <= width:
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines
