"""clean.clean: page furniture out (and listed), every real sentence in, credits found, text normalised."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.clean import clean, credit_line, dateline_credits, is_boilerplate, matches_phrase, normalise
from newsweave.errors import EmptyInput
from newsweave.models import Article, Document
from newsweave.options import Options

SEED_FRANCE24 = "000_54238e0e7c00323c.txt"
FRANCE24_FOOTER = [
    "The summary of the",
    "France 24 week invites you to come back to the news that marked the week",
    "I subscribe",
    "Take international news everywhere with you!",
    "Download the France 24 app",
]


def clean_text(text: str, **fields: str) -> Article:
    return clean(Document(origin="test", content=text, **fields), Options())  # type: ignore[arg-type]


def sentences(raw: str) -> list[str]:
    """Lines of a raw text that are plainly sentences: several words and a sentence end."""
    lines = [normalise(line) for line in raw.splitlines()]
    return [line for line in lines if len(line.split()) >= 6 and line[-1] in '.!?"”']


# --- the seeds ---------------------------------------------------------------------------------------


def test_france24_footer_removed_and_credit_kept(seeds_dir: Path) -> None:
    raw = (seeds_dir / SEED_FRANCE24).read_text(encoding="utf-8")
    article = clean_text(raw)
    assert article.credits == ("AFP",)
    assert "With AFP" in article.removed
    for line in FRANCE24_FOOTER:
        assert line in article.removed
        assert line not in article.text
    assert "Hostage-taking" in article.text
    assert "\u00a0" in raw and "\u00a0" not in article.text
    assert all(sentence in article.text for sentence in sentences(raw) if sentence not in FRANCE24_FOOTER)


def test_seed_without_furniture_keeps_everything(seeds_dir: Path) -> None:
    raw = (seeds_dir / "001_8e0099bf666eafa2.txt").read_text(encoding="utf-8")
    article = clean_text(raw)
    assert article.removed == () and article.credits == ()
    assert article.text.splitlines() == [normalise(line) for line in raw.splitlines() if line.strip()]


def test_identity_and_hash(seeds_dir: Path) -> None:
    raw = (seeds_dir / SEED_FRANCE24).read_text(encoding="utf-8")
    article = clean_text(raw)
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    assert article.content_hash == digest and article.id == "a" + digest[:8]
    assert article.origins == ("test",)
    assert clean_text(raw, id="given").id == "given"


# --- GVA crawls: junk at the edges, never a real sentence lost -----------------------------------------


@pytest.fixture(scope="module")
def gva(data_dir: Path) -> list[dict[str, str]]:
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_gva_cleaning_never_drops_a_long_sentence(gva: list[dict[str, str]]) -> None:
    removed = 0
    for row in gva:
        try:
            article = clean_text(row["text"])
        except EmptyInput:
            continue
        removed += len(article.removed)
        for line in article.removed:
            is_sentence = any(ch.isalpha() for ch in line)
            assert len(line) <= 200 or matches_phrase(line) or not is_sentence, (row["doc_id"], line)
    assert removed > 500  # the crawls do carry furniture, and it is found


def test_gva_crawl_junk_removed(gva: list[dict[str, str]]) -> None:
    captcha = next(r for r in gva if "You must enter the characters" in r["text"])
    article = clean_text(captcha["text"])
    assert not any("You must enter the characters" in line for line in article.text.splitlines())
    first = clean_text(gva[0]["text"])  # "× No charges against 13-year-old boy ..."
    assert "×" not in first.text
    assert first.text.startswith("No charges against 13-year-old boy")


def test_gva_copyright_names_the_wire(gva: list[dict[str, str]]) -> None:
    row = next(r for r in gva if "Copyright 2016 The Associated Press. All rights reserved." in r["text"])
    article = clean_text(row["text"])
    assert "AP" in article.credits
    assert not any("All rights reserved" in line for line in article.text.splitlines())


def test_gva_mixed_prompt_line_is_kept(gva: list[dict[str, str]]) -> None:
    """Regression: a 'Read more:' link glued by the crawl to a real sentence must not take it away."""
    row = next(r for r in gva if any(len(x) > 200 and x.startswith("Read more: ") for x in r["text"].split("\n")))
    long_line = next(x for x in row["text"].split("\n") if len(x) > 200 and x.startswith("Read more: "))
    assert normalise(long_line) in clean_text(row["text"]).text


# --- credits -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("With AFP", ("AFP",)),
        ("with Reuters and AP", ("Reuters", "AP")),
        ("avec AFP et Reuters", ("AFP", "Reuters")),
        ("con EFE", ("EFE",)),
        ("mit dpa", ("dpa",)),
        ("(AA)", ("Anadolu",)),
        ("— AP", ("AP",)),
        ("With inputs from agencies", ("agencies",)),
        ("The Associated Press contributed to this report.", ("AP",)),
        ("dpa/AFP", ("dpa", "AFP")),
        ("المصدر: وكالات", ("agencies",)),
        ("Kaynak: AA", ("Anadolu",)),
        ("With the help of neighbours, the family escaped.", ()),
        ("AP photographers were at the scene.", ()),
        ("With AFP reporters on the ground, the picture changed quickly.", ()),
    ],
)
def test_credit_lines(line: str, agencies: tuple[str, ...]) -> None:
    assert credit_line(line) == agencies


@pytest.mark.parametrize(
    ("first", "agencies"),
    [
        ("DAMASCUS (AFP): At least 53 people were killed on Friday, state television said.", ["AFP"]),
        ("BEIRUT, Feb 17 (Reuters) - Islamic State fighters killed 53 people, state media said.", ["Reuters"]),
        ("(Reuters) - Police said two men were arrested.", ["Reuters"]),
        ("ANKARA (AA) - Turkish security forces detained 12 suspects.", ["Anadolu"]),
        ("PARIS (AP) — A fire broke out in a Paris apartment block.", ["AP"]),
        ("MADRID, 17 feb (EFE).- La policía detuvo a dos hombres.", ["EFE"]),
        ("Police in Dallas (Texas) said two men were shot.", []),
    ],
)
def test_datelines_credit_and_stay_in_text(first: str, agencies: list[str]) -> None:
    assert dateline_credits(first) == agencies
    article = clean_text(first + "\n\nThe investigation continues, officials said on Saturday.")
    assert article.text.startswith(first) and list(article.credits) == agencies


# --- the phrase tables, one furniture line and one real sentence per language ---------------------------

FURNITURE = [
    "Sign up for our daily newsletter",
    "Download the France 24 app",
    "Please enable Javascript to watch this video",
    "You must enter the characters with black color that stand out from the other characters",
    "Read more: Man charged in downtown shooting",
    "Follow us on Twitter",
    "Read or Share this story: http://on.example.com/1abcd",
    "We use cookies to improve your experience.",
    "Copyright 2016 WAFB. All rights reserved.",
    "Facebook Twitter Email Print",
    "×",
    "HOME | NEWS | WORLD",
    "Je m'abonne",
    "Lire aussi : Syrie, l'attaque la plus meurtrière depuis un an",
    "Téléchargez l'application France 24",
    "Suscríbete a nuestro boletín",
    "Lee también: La policía detuvo a dos sospechosos",
    "Jetzt abonnieren und weiterlesen",
    "Lesen Sie auch: Anschlag in Syrien",
    "اشترك في النشرة البريدية",
    "اقرأ أيضا: مقتل 53 شخصا في هجوم",
    "Bültenimize abone olun",
    "Devamını oku",
]

SENTENCES = [
    "Police said the gunman signed up for a shooting course a month before the attack.",
    "The app developer was among the 53 people killed, his brother said.",
    "Residents read more than a dozen warnings posted on the door.",
    "Les secours ont évacué une centaine d'habitants, a indiqué la préfecture.",
    "La policía detuvo a dos hombres tras el tiroteo en el centro de la ciudad.",
    "Die Polizei nahm am Dienstag zwei Männer fest, teilte ein Sprecher mit.",
    "قالت الشرطة إن رجلين أصيبا بجروح في إطلاق نار مساء الجمعة.",
    "Polis, saldırganın olay yerinden kaçtığını açıkladı.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines(line: str) -> None:
    assert is_boilerplate(normalise(line))


@pytest.mark.parametrize("line", SENTENCES)
def test_real_sentences_are_not_furniture(line: str) -> None:
    assert not is_boilerplate(line)
    assert clean_text(line + "\n\nFollow us on Facebook").text == line


def test_only_furniture_is_empty() -> None:
    with pytest.raises(EmptyInput, match="test"):
        clean_text("Sign up for our newsletter\n\nFacebook Twitter Email\n\nDownload the app today")


# --- unicode -------------------------------------------------------------------------------------------


def test_normalise_unicode() -> None:
    raw = "Cafe\u0301 owner\u00a0said\u2009two\r\nmen   were shot.\r\n\r\n\r\n"
    raw += "\u201cIt was sudden,\u201d she said.\u200b"
    assert normalise(raw) == "Café owner said two\nmen were shot.\n\n“It was sudden,” she said."


def test_mojibake_repaired() -> None:
    assert normalise("The cafÃ© owner said the attack â€“ at night â€“ left two dead.") == (
        "The café owner said the attack – at night – left two dead."
    )


# --- HTML ----------------------------------------------------------------------------------------------


def page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>Shooting on Main Street | Local News</title>"
        '<meta property="og:site_name" content="Local News"><meta name="date" content="2016-03-05">'
        '</head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
        f"<article><h1>Shooting on Main Street</h1>{body}</article>"
        '<div class="share">Share on Facebook Share on Twitter</div>'
        '<aside><h3>Related stories</h3><ul><li><a href="/x">Man charged in bar fight</a></li></ul></aside>'
        "<footer>Copyright 2016 Local News. All rights reserved.</footer></body></html>"
    )


def test_html_main_text_and_metadata(gva: list[dict[str, str]]) -> None:
    row = next(r for r in gva if r["text"].count("\n\n") >= 4 and len(r["text"]) > 1500)
    paragraphs = [normalise(p) for p in row["text"].split("\n\n") if len(p) > 80][:5]
    article = clean(Document(origin="page.html", content=page(paragraphs), kind="html"), Options())
    assert article.title == "Shooting on Main Street"
    assert article.published == "2016-03-05" and article.outlet == "Local News"
    for paragraph in paragraphs:
        assert paragraph in article.text.split("\n\n")
    assert "Home" not in article.text and "Man charged in bar fight" not in article.text


def test_html_dateline_after_headline_is_credited() -> None:
    body = "<p>DAMASCUS (AFP) - At least 53 people were killed on Friday in an attack in central Syria.</p>"
    body += "<p>The attack was the deadliest in more than a year, a monitor said on Saturday evening.</p>" * 3
    html = f"<html><head><title>Attack kills 53</title></head><body><article><h1>Attack kills 53</h1>{body}"
    article = clean(Document(origin="page.html", content=html + "</article></body></html>", kind="html"), Options())
    assert article.credits == ("AFP",)
    assert "DAMASCUS (AFP) - At least 53" in article.text


def test_html_snippet_falls_back_to_tags_stripped() -> None:
    snippet = "<p>Police said two men were wounded.</p><p>Both are in stable condition.</p>"
    article = clean(Document(origin="item", content=snippet, kind="html"), Options())
    assert article.text == "Police said two men were wounded.\n\nBoth are in stable condition."


# --- properties ----------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert "\u00a0" not in once and "\r" not in once and not re.search(r"\n{3,}| {2,}", once)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_clean_gives_an_article_or_empty(text: str) -> None:
    try:
        article = clean_text(text)
    except EmptyInput:
        return
    assert article.text and article.text == article.text.strip()


def test_gva_failed_crawls_are_refused_as_empty(gva: list[dict[str, str]]) -> None:
    """Crawls that caught only a login or newsletter box ('Just One More Thing...') leave nothing."""
    failed = [r for r in gva if r["text"].startswith(("Just One More Thing", "You are the owner of this article"))]
    assert len(failed) >= 10
    for row in failed:
        with pytest.raises(EmptyInput, match="characters left after cleaning"):
            clean_text(row["text"])


def test_a_report_in_a_script_without_spaces_is_not_a_fragment(data_dir: Path) -> None:
    """A Chinese sentence is one 'word' to str.split() and ends with '。': it was dropped as a trailing fragment,
    and a one-line Chinese report was refused as empty."""
    import csv

    csv.field_size_limit(10**8)
    path = data_dir / "semeval2022_task8" / "partial_texts_train_subset" / "hfl_training_set_example.csv"
    with path.open(encoding="utf-8") as rows:
        texts = [row["text1"] for row in csv.DictReader(rows) if row["lang1"] == "zh"][:40]
    assert texts
    kept = sum(len(clean_text(text).text) for text in texts)
    assert kept >= 0.95 * sum(len(text.strip()) for text in texts)
    own = "叙利亚中部发生袭击事件，至少五十三人死亡。"  # one line, one sentence
    assert clean_text(own).text == own
    link = "http://www.example.com/news/2016/05/a-long-link-to-another-story-about-the-same-shooting-downtown"
    assert clean_text(f"A man was shot in Dayton on Friday.\n\n{link}").text == "A man was shot in Dayton on Friday."
