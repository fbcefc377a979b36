"""Stage 6, validate: the last check before a record leaves the pipeline.

Pydantic already validated every field as records were built; what it cannot know is the
article text. Every evidence span must quote the text exactly (`text[start:end] == evidence.text`),
so a reviewer can always click through to the sentence a record came from.
"""

from __future__ import annotations

from hsextract.models import RECORD_KINDS, ArticleOutput


class EvidenceMismatch(ValueError):
    pass


def offset_problems(output: ArticleOutput, text: str) -> list[str]:
    """Every evidence that does not quote `text` exactly, as 'kind[i].evidence[j]: why'."""
    problems: list[str] = []
    if output.article.chars != len(text):
        problems.append(f"article.chars {output.article.chars} != text length {len(text)}")
    for kind in RECORD_KINDS:
        for i, record in enumerate(getattr(output, kind)):
            for j, ev in enumerate(record.evidence):
                where = f"{kind}[{i}].evidence[{j}]"
                if ev.end > len(text):
                    problems.append(f"{where}: end {ev.end} beyond text length {len(text)}")
                elif text[ev.start : ev.end] != ev.text:
                    problems.append(
                        f"{where}: text[{ev.start}:{ev.end}]={text[ev.start : ev.end]!r} != {ev.text!r}"
                    )
    return problems


def validate_output(output: ArticleOutput, text: str) -> ArticleOutput:
    problems = offset_problems(output, text)
    if problems:
        raise EvidenceMismatch(
            "; ".join(problems[:3]) + (f" (+{len(problems) - 3} more)" if len(problems) > 3 else "")
        )
    return output
