"""The `newsweave` command. `newsweave --help` is its reference.

Errors are translated into one line on stderr here, and only here. Exit status: 0 when every input was
used, 1 when some input failed (the output still holds the rest), 2 for a usage or store error.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import click

from newsweave.errors import NewsweaveError
from newsweave.models import Failure, Result
from newsweave.options import Options

FORMATS = ("json", "md", "html")


class RichProgress:
    """A rich progress bar on stderr, one task per stage."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            TextColumn("{task.description:>12}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )

    @contextmanager
    def stage(self, name: str, total: int) -> Iterator[Callable[[int], None]]:
        if total == 0:
            yield lambda n: None
            return
        with self._bar:
            task = self._bar.add_task(name, total=total)
            yield lambda n: self._bar.advance(task, n)


def _progress(quiet: bool) -> RichProgress | None:
    return RichProgress() if not quiet and sys.stderr.isatty() else None


def _say_failure(failure: Failure) -> None:
    click.echo(f"newsweave: skipped {failure.message} [{failure.kind}]", err=True)


def _say_language_notes(result: Result) -> None:
    """One line per article in a language without rule tables: why its figures and sources may be missing."""
    from newsweave.extract.tables import has_rules

    for article in result.articles:
        if not has_rules(article.language):
            click.echo(
                f"newsweave: note: {article.origin} is in a language without rule tables ({article.language}); "
                "figures, sources and actors were read with the English rules and may be missing",
                err=True,
            )


def _render(result: Result, fmt: str) -> str:
    from newsweave import report

    if fmt == "md":
        return report.to_markdown(result)
    if fmt == "html":
        return report.to_html(result)
    return json.dumps(report.to_dict(result), ensure_ascii=False, indent=2) + "\n"


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


def _options(db: str | None, today: str | None, **more: Any) -> Options:
    try:
        day = date.fromisoformat(today) if today else date.today()
    except ValueError as exc:
        raise click.BadParameter(f"{today!r} is not an ISO date (YYYY-MM-DD)", param_hint="--today") from exc
    return Options(db=db or ":memory:", today=day, **more)


@click.group()
@click.version_option(package_name="newsweave")
def cli() -> None:
    """newsweave: many news reports in, verified and cited events out."""


_common = [
    click.option("--db", type=click.Path(dir_okay=False), help="SQLite store (default: in memory, one-shot)."),
    click.option("--today", help="Reference day for undated reports (YYYY-MM-DD; default: today)."),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar, no skipped-input lines."),
    click.option("-v", "--verbose", is_flag=True, help="Also say what was read and stored."),
]


def common(func: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(_common):
        func = option(func)
    return func


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@click.option("--no-group", is_flag=True, help="Stop after extraction (article-level events only).")
@common
def analyze(
    inputs: Sequence[str], fmt: str, output: Path | None, no_group: bool,
    db: str | None, today: str | None, quiet: bool, verbose: bool,
) -> None:
    """Read INPUTS (files, directories, feeds, WARC, URLs, - for stdin) and report their events."""
    from newsweave.pipeline import analyze as run

    options = _options(db, today, group=not no_group)
    result = run(
        inputs, options, stdin=sys.stdin.buffer,
        on_failure=None if quiet else _say_failure, progress=_progress(quiet),
    )
    if not quiet:
        _say_language_notes(result)
    _write(_render(result, fmt), output)
    if verbose:
        click.echo(f"newsweave: {len(result.articles)} articles, {len(result.events)} events, "
                   f"{len(result.errors)} failed inputs", err=True)
    _exit(result)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@common
def ingest(inputs: Sequence[str], db: str | None, today: str | None, quiet: bool, verbose: bool) -> None:
    """Read, clean and store INPUTS without extracting (fast; `export` does the rest)."""
    from newsweave.pipeline import read_articles
    from newsweave.store import SQLiteStore

    options = _options(db, today)
    articles, failures = read_articles(inputs, options, stdin=sys.stdin.buffer,
                                       on_failure=None if quiet else _say_failure)
    with SQLiteStore(options.db) as store:
        new = store.add_articles(articles)
        store.add_failures(failures)
        total = store.count("articles")
    if not quiet:
        click.echo(f"newsweave: {new} new articles stored, {len(articles) - new} already known, "
                   f"{len(failures)} failed inputs; {total} articles in {options.db}", err=True)
    sys.exit(1 if failures else 0)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@common
def export(fmt: str, output: Path | None, db: str | None, today: str | None, quiet: bool, verbose: bool) -> None:
    """Report everything the store holds: its articles grouped into events."""
    from newsweave.pipeline import export as run
    from newsweave.store import SQLiteStore

    if not db or not Path(db).exists():
        raise click.UsageError("export needs --db PATH of an existing store (made by `ingest` or `analyze --db`)")
    options = _options(db, today)
    with SQLiteStore(db) as store:
        result = run(store, options, progress=_progress(quiet))
    _write(_render(result, fmt), output)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@common
def extract(inputs: Sequence[str], db: str | None, today: str | None, quiet: bool, verbose: bool) -> None:
    """Print each article's own events and claims as JSON (before grouping): handy for debugging rules."""
    from newsweave.pipeline import analyze as run

    options = _options(db, today, group=False)
    result = run(inputs, options, stdin=sys.stdin.buffer, on_failure=None if quiet else _say_failure)
    if not quiet:
        _say_language_notes(result)
    by_article: dict[str, dict[str, Any]] = {
        a.id: {"article": a.id, "origin": a.origin, "language": a.language, "published": a.published, "events": []}
        for a in result.articles
    }
    claims: dict[str, list[dict[str, Any]]] = {}
    for claim in result.claims:
        claims.setdefault(claim.event, []).append(asdict(claim))
    for event in result.article_events:
        entry = asdict(event)
        entry["claims"] = claims.get(event.id, [])
        by_article[event.article]["events"].append(entry)
    click.echo(json.dumps(list(by_article.values()), ensure_ascii=False, indent=2))
    _exit(result)


def _exit(result: Result) -> None:
    sys.exit(1 if result.errors else 0)


def main() -> None:
    """Entry point: the one place where library errors become a message and an exit status."""
    # spaCy's NER runs ~14 % faster on one BLAS thread (measured, bench/speed.py); must precede numpy's import
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        cli(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("newsweave: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except NewsweaveError as exc:
        click.echo(f"newsweave: error: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
