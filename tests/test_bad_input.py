"""Bad input: every file that cannot be coded gets a one-line reason naming it; the rest goes on."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest

from tidings.ingest import (DEFAULT_MAX_BYTES, IngestStats, RawText, detect_language, make_document,
                            read_paths)
from tidings.model import Document, Skip

STORY = ("Police in the capital arrested twelve protesters on Tuesday after a rally against fuel "
         "prices turned violent, the interior ministry said in a statement.\n")

# written for these tests: short news sentences in other languages
FOREIGN = {
    "German": "Die Polizei hat am Dienstag in der Hauptstadt zwölf Demonstranten festgenommen, "
              "nachdem eine Kundgebung gegen die hohen Treibstoffpreise eskaliert war, teilte das "
              "Innenministerium mit.",
    "Spanish": "La policía detuvo el martes a doce manifestantes en la capital después de que una "
               "protesta contra los precios del combustible se volviera violenta, según el ministerio.",
    "French": "La police a arrêté mardi douze manifestants dans la capitale après qu'un rassemblement "
              "contre les prix du carburant a dégénéré, a indiqué le ministère de l'Intérieur.",
    "Russian": "Во вторник полиция задержала в столице двенадцать демонстрантов после того, как "
               "митинг против цен на топливо перерос в столкновения, сообщили в министерстве.",
    "Chinese": "警方周二在首都逮捕了十二名抗议者，此前一场反对燃油价格的集会演变成暴力冲突，内政部在声明中说。",
    "Arabic": "اعتقلت الشرطة يوم الثلاثاء اثني عشر متظاهرا في العاصمة بعد أن تحولت مسيرة ضد أسعار الوقود "
              "إلى أعمال عنف، حسبما ذكرت وزارة الداخلية في بيان.",
}


def _read(*paths, **kw) -> list[RawText | Skip]:
    return list(read_paths([str(p) for p in paths], **kw))


def _skip_reason(item) -> str:
    assert isinstance(item, Skip), item
    return item.reason


def test_each_bad_file_is_named_with_its_reason_and_the_good_one_is_still_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n \t\n")
    binary = tmp_path / "photo.txt"  # the name lies; the content says PNG
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    nul = tmp_path / "data.bin"
    nul.write_bytes(b"abc\x00\x01\x02" * 100)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le ministre a déclaré".encode("latin-1"))
    missing = tmp_path / "missing.txt"

    items = _read(empty, blank, binary, nul, latin1, missing, good)
    assert [type(i).__name__ for i in items] == ["Skip"] * 6 + ["RawText"]
    reasons = [_skip_reason(i) for i in items[:6]]
    assert reasons[0] == "empty file"
    assert reasons[1] == "no text (only white space)"
    assert reasons[2] == "binary file: a PNG image"
    assert reasons[3] == "binary file (contains NUL bytes)"
    assert reasons[4] == "not valid UTF-8 (byte 0xe9 at offset 15); convert it to UTF-8"
    assert reasons[5] == "no such file or directory"
    assert [i.origin for i in items] == [str(p) for p in (empty, blank, binary, nul, latin1, missing, good)]
    assert items[-1].text == STORY
    # a Skip's message is one line that names the file
    message = items[4].message()
    assert message.startswith(f"{latin1}: skipped: not valid UTF-8") and "\n" not in message


def test_a_50_mb_text_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.write(STORY.encode() * (50_000_000 // len(STORY) + 1))
    (item,) = _read(big)
    assert _skip_reason(item) == "too large: 50.0 MB (the limit is 10.0 MB)"
    # the cap is a parameter
    (item,) = _read(big, max_bytes=60_000_000)
    assert isinstance(item, RawText)
    assert DEFAULT_MAX_BYTES == 10_000_000


@pytest.mark.parametrize("signature, what", [
    (b"%PDF-1.7\n", "a PDF document"), (b"PK\x03\x04\x14\x00", "a ZIP archive"),
    (b"\x1f\x8b\x08\x00\x00\x00", "gzip-compressed"), (b"\xff\xd8\xff\xe0", "a JPEG image"),
])
def test_binary_formats_are_named(tmp_path, signature, what):
    path = tmp_path / "article.txt"
    path.write_bytes(signature + b"\x00" * 200)
    (item,) = _read(path)
    assert _skip_reason(item).startswith(f"binary file: {what}")


def test_control_characters_mark_a_binary_file(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(b"".join(bytes([65 + i % 26, 1 + i % 7]) for i in range(2000)))
    (item,) = _read(path)
    assert _skip_reason(item).startswith("binary file (")


def test_utf16_with_byte_order_mark_is_decoded(tmp_path):
    path = tmp_path / "exported.txt"
    path.write_bytes(STORY.encode("utf-16"))
    (item,) = _read(path)
    assert item.text == STORY


def test_utf8_byte_order_mark_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode())
    (item,) = _read(path)
    assert item.text == STORY


def test_a_feed_file_is_pointed_to_the_feed_reader(tmp_path):
    path = tmp_path / "news.xml"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>')
    (item,) = _read(path)
    assert "tidings ingest --feed" in _skip_reason(item)


def test_directories_are_read_recursively_in_sorted_order_without_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(STORY)
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b" / "1.txt").write_text(STORY)
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text(STORY)
    (tmp_path / ".hidden.txt").write_text(STORY)
    stats = IngestStats()
    items = _read(tmp_path, stats=stats)
    assert [Path(i.origin).relative_to(tmp_path).as_posix() for i in items] == ["a.txt", "b/1.txt", "b/2.txt"]
    assert (stats.files, stats.texts, stats.skipped) == (3, 3, 0)
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    (item,) = _read(empty_dir)
    assert _skip_reason(item) == "directory has no files"


def test_standard_input_is_read_with_a_dash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    (item,) = _read("-")
    assert (item.origin, item.text) == ("-", STORY)


def test_standard_input_too_large(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 2000)))
    (item,) = _read("-", max_bytes=1000)
    assert _skip_reason(item).startswith("too large: standard input is over")


# -- language --------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_non_english_text_is_skipped_naming_the_language(language):
    result = make_document(RawText(origin="foreign.txt", text=FOREIGN[language]))
    assert isinstance(result, Skip)
    assert result.reason.startswith(f"not English: looks like {language} (")


def test_english_text_quoting_another_language_stays():
    text = (STORY * 3) + 'The crowd chanted "¡El pueblo unido jamás será vencido!" outside the ministry.'
    assert detect_language(text).is_english


def test_short_or_numeric_text_is_given_the_benefit_of_the_doubt():
    assert detect_language("Kazakhstan: 2022-01-07").is_english
    assert detect_language("GDP 3.1% 2.9% 4.0% | CPI 7.2% 6.8% | Unemployment 5.1% 4.9%").is_english


def test_language_detection_is_fast():
    import time

    text = (STORY * 200)[:20_000]
    started = time.perf_counter()
    for _ in range(50):
        detect_language(text)
    assert (time.perf_counter() - started) / 50 < 0.02  # well under 20 ms per article


# -- make_document -------------------------------------------------------------------------------
def test_the_users_date_overrides_the_source_date():
    raw = RawText(origin="page.html", text=STORY, published=date(2024, 3, 1), date_source="page")
    assert (make_document(raw).published, make_document(raw).date_source) == (date(2024, 3, 1), "page")
    doc = make_document(raw, published=date(2024, 3, 5))
    assert (doc.published, doc.date_source) == (date(2024, 3, 5), "argument")


def test_undated_text_without_a_dateline_has_no_date():
    doc = make_document(RawText(origin="x.txt", text=STORY))
    assert isinstance(doc, Document)
    assert (doc.published, doc.date_source) == (None, None)


def test_a_page_of_nothing_but_furniture_is_skipped():
    raw = RawText(origin="shell.html", text="Share this article\nSubscribe\nAll rights reserved.\n")
    assert _skip_reason(make_document(raw)).startswith("no story text left after removing page furniture")


def test_whitespace_only_text_is_skipped():
    assert _skip_reason(make_document(RawText(origin="-", text=" \n "))) == "no text (empty or only white space)"


def test_the_same_text_gets_the_same_id_wherever_it_came_from():
    a = make_document(RawText(origin="a.txt", text=STORY))
    b = make_document(RawText(origin="b.txt", text=STORY + "Share this article\n"))
    assert a.id == b.id and a.origin != b.origin


def test_a_short_english_sentence_with_names_stays_english():
    # "to" is also Czech and "Sweden's" must not leave a Czech "s" behind
    raw = RawText(origin="-", text="Turkish President Recep Tayyip Erdogan threatened to block "
                                   "Sweden's bid to join NATO.")
    assert not isinstance(make_document(raw), Skip)
