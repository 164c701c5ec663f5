"""
Quotation marks of other house styles, read as the English curly marks.

English copy quotes in “…” (or straight marks). Papers of central and eastern Europe open a
quotation with the low mark and close it with the high one („…” in Romanian, Polish, Bulgarian
and Hungarian copy, „…“ in German copy, where the closing mark is the English opening one), and
French, Italian, Spanish and Russian copy quote in guillemets («…»). Their English editions keep
the house marks. `english_marks()` writes each such mark as the English one it stands for, one
character for one, so every offset into the result is an offset into the text: the quotation
spans and every tag reading ('…,” Governor Ana Pop said.') then see the marks they know.

A German closing “ is told from an English opening one by what came before it in its paragraph:
it closes only a quotation the low mark opened.
"""

__all__ = ["english_marks"]

LOW_OPENING = "„"
GUILLEMETS = {"«": "“", "»": "”"}


def english_marks(text: str) -> str:
    """`text` with „ and « written “, » written ”, and the “ that closes a „-opened quotation written ”."""
    if LOW_OPENING not in text and "«" not in text:
        return text
    chars = list(text)
    opened_low = False
    for index, char in enumerate(chars):
        if char == "\n":
            opened_low = False  # a paragraph that goes on quoting opens with the mark again
        elif char == LOW_OPENING:
            chars[index] = "“"
            opened_low = True
        elif char in ("“", "”") and opened_low:
            chars[index] = "”"
            opened_low = False
        elif char in GUILLEMETS:
            chars[index] = GUILLEMETS[char]
    return "".join(chars)
