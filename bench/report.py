"""Write the measured tables into docs/performance.md.

Only the part between the two markers below is rewritten; the analysis written around it by hand
(targets, evidence, proposals) is kept as it is. A missing file is created with a short skeleton.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from _common import ROOT, Row, format_value
from profiling import ProfileSummary

DOC = ROOT / "docs" / "performance.md"
BEGIN = "<!-- bench:begin (written by `make bench`; edit outside these markers) -->"
END = "<!-- bench:end -->"

SKELETON = f"""# Performance

Benchmarks of the generator and of the generated client against peers. `make bench` (which runs
`bench/run.py`) measures everything again and rewrites the section between the markers.

{BEGIN}
{END}
"""


def line(row: Row) -> str:
    """The one line `run.py` prints per measure."""
    peer = f"{row.peer_name}: {row.peer_text()}" if row.peer_name else row.peer_text()
    return (
        f"{row.measure} | ours: {row.ours_text()} | {peer} | ratio: {row.ratio_text()}"
        f" | target: {row.target} | {row.verdict}"
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def results_table(rows: list[Row]) -> list[str]:
    out = [
        "| measure | ours | peer | peer's figure | ratio (ours/peer) | target | verdict |",
        "| --- | ---: | --- | ---: | ---: | --- | --- |",
    ]
    for row in rows:
        out.append(
            "| "
            + " | ".join(
                _cell(c)
                for c in (
                    row.measure,
                    row.ours_text(),
                    row.peer_name or "—",
                    row.peer_text(),
                    row.ratio_text(),
                    row.target,
                    f"**{row.verdict}**" if row.verdict.startswith("unmet") else row.verdict,
                )
            )
            + " |"
        )
    return out


def detail_table(rows: list[Row]) -> list[str]:
    out = ["| measure | runs | details |", "| --- | ---: | --- |"]
    for row in rows:
        if not any(row.detail.values()):
            continue
        details = "; ".join(f"{k}: {v}" for k, v in row.detail.items() if v)
        out.append(f"| {_cell(row.measure)} | {row.runs} | {_cell(details) or '—'} |")
    return out


STAGE_ORDER = (
    "load",
    "validate:start",
    "validate",
    "validate:wait",
    "build",
    "render",
    "format",
    "write:stage",
    "write:sync",
)


def stage_table(generation: dict[str, Any]) -> list[str]:
    seen = {
        s
        for extra in generation.values()
        for data in (extra.get("cold") or {}, extra.get("rerun") or {})
        for s in (*(data.get("stages_s") or {}), *(data.get("parallel_s") or {}))
    }
    stages = [s for s in STAGE_ORDER if s in seen] + sorted(seen - set(STAGE_ORDER))
    out = [
        "| spec | run | " + " | ".join(stages) + " | total | validations |",
        "| --- | --- | " + " | ".join("---:" for _ in stages) + " | ---: | ---: |",
    ]
    for key, extra in generation.items():
        for run_name, probe_key in (("cold", "cold"), ("re-run", "rerun")):
            data = extra.get(probe_key) or {}
            timings = data.get("stages_s") or {}
            parallel = data.get("parallel_s") or {}
            if not timings:
                if data.get("error"):
                    out.append(f"| {key} | {run_name} | failed: {_cell(str(data['error']))} |")
                continue
            cells = []
            for stage in stages:
                parts = [format_value(timings[stage], "s")] if stage in timings else []
                if stage in parallel:
                    parts.append(f"‖ {format_value(parallel[stage], 's')}")
                cells.append(" ".join(parts) or "—")
            if data.get("failed"):
                run_name += f" (failed: {_cell(str(data['failed']))})"
            out.append(
                f"| {key} | {run_name} | "
                + " | ".join(cells)
                + f" | {format_value(float(data.get('total_s', 0.0)), 's')}"
                + f" | {data.get('validator_iter_errors', '—')} |"
            )
    return [
        *out,
        "",
        "Main-process time per stage, exclusive of nested stages; `‖ x` is time spent in another "
        "process in parallel (validation forked beside the build). `validate:start` hashes the "
        "spec, reads the validation cache and forks; `validate:wait` is the main process waiting "
        "for the result. `write:stage` writes every rendered file into a staging directory (then "
        "`format` runs ruff there), `write:sync` compares it with the output and copies in the "
        "files whose bytes changed. `total` is the generator's wall time inside the process.",
    ]


def profile_section(summaries: list[ProfileSummary]) -> list[str]:
    if not summaries:
        return ["No spec got through a stage of our generator, so there is no profile."]
    out: list[str] = []
    for summary in summaries:
        out += [
            f"#### {summary.spec_label}: {summary.stage}",
            "",
            f"Stage profiled: **{summary.stage}**, {format_value(summary.stage_s, 's')} of "
            f"{format_value(summary.total_s, 's')} ({summary.stage_s / summary.total_s:.0%}), "
            "medians of the timed cold runs (stages: "
            + ", ".join(f"{k} {format_value(v, 's')}" for k, v in summary.stages_s.items())
            + ")."
            + (
                f" A run on this spec failed ({summary.run_failed}); the stage profiled here "
                "completed."
                if summary.run_failed
                else ""
            ),
            "",
        ]
        if not summary.profile_file:
            out += [f"The profiled run failed: {summary.error}", ""]
            continue
        total = summary.profiled_s or 1.0
        out += [
            f"cProfile of that stage only ({format_value(summary.profiled_s, 's')} under the "
            f"profiler; `python -m pstats {summary.profile_file}` to explore).",
            "",
            "| top by own time | calls | own | share |",
            "| --- | ---: | ---: | ---: |",
        ]
        for where, calls, own, _cum in summary.top_own:
            out.append(f"| `{where}` | {calls:,} | {own:.3f} s | {own / total:.0%} |")
        out += [
            "",
            "| top by cumulative time | calls | cumulative | share |",
            "| --- | ---: | ---: | ---: |",
        ]
        for where, calls, _own, cum in summary.top_cumulative:
            out.append(f"| `{where}` | {calls:,} | {cum:.3f} s | {cum / total:.0%} |")
        out.append("")
    return out


def client_profile_section(runtime: dict[str, Any]) -> list[str]:
    profiles = runtime.get("client_profiles") or {}
    if not profiles:
        return []
    out = [
        "### Where the client's time goes (cProfile, ours against raw httpx)",
        "",
        "Own time per call by package, under the profiler (so larger than the figures above), "
        "and our client's most expensive functions.",
        "",
        "| call | raw httpx: own time by package | ours: own time by package | ours: top functions "
        "by own time |",
        "| --- | --- | --- | --- |",
    ]
    for op, pair in profiles.items():
        cells = []
        for target in ("raw", "ours"):
            data = pair.get(target) or {}
            calls = max(int(data.get("calls", 1)), 1)
            cells.append(
                ", ".join(
                    f"{pkg} {format_value(own / calls * 1e6, 'us')}"
                    for pkg, own in (data.get("own_by_package") or {}).items()
                )
            )
        ours = pair.get("ours") or {}
        calls = max(int(ours.get("calls", 1)), 1)
        top = "; ".join(
            f"`{where}` {format_value(own / calls * 1e6, 'us')}"
            for where, _n, own, _cum in (ours.get("top_own") or [])[:5]
        )
        out.append(f"| {op} | {cells[0]} | {cells[1]} | {_cell(top)} |")
    return [*out, ""]


def write(
    rows: list[Row],
    header: list[str],
    generation: dict[str, Any],
    summaries: list[ProfileSummary],
    runtime: dict[str, Any],
    notes: list[str],
) -> Path:
    met = [r for r in rows if r.verdict == "met"]
    unmet = [r for r in rows if r.verdict.startswith("unmet")]
    body = [
        BEGIN,
        "",
        *header,
        "",
        "### Results",
        "",
        *results_table(rows),
        "",
        f"Targets met: {len(met)}; unmet: {len(unmet)}"
        + (" (" + "; ".join(r.measure for r in unmet) + ")" if unmet else "")
        + ".",
        "",
        "### Spread and details",
        "",
        *detail_table(rows),
        "",
        "### Our pipeline, stage by stage (medians of the timed runs above)",
        "",
        *stage_table(generation),
        "",
        "### Profile of the slowest stage (and of the main process's, when that one is parallel)",
        "",
        *profile_section(summaries),
        *client_profile_section(runtime),
        *notes,
        END,
    ]
    text = DOC.read_text(encoding="utf-8") if DOC.is_file() else SKELETON
    if BEGIN not in text or END not in text:
        text = text.rstrip("\n") + "\n\n" + BEGIN + "\n" + END + "\n"
    before, rest = text.split(BEGIN, 1)
    _, after = rest.split(END, 1)
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(before + "\n".join(body) + after, encoding="utf-8")
    return DOC
