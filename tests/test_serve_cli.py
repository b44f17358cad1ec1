"""``tidings serve``: options, the token from the environment, loopback by default.

The server itself is replaced by a recorder here; tests/test_browser.py runs a real one.
"""

from __future__ import annotations

import pytest

import tidings.serve
from tidings import cli
from tidings.serve import is_loopback


@pytest.fixture
def served(monkeypatch, capsys):
    """Run ``tidings serve ARGS...``; returns (exit status, serve()'s arguments, stderr)."""
    calls: list[dict] = []
    monkeypatch.setattr(tidings.serve, "serve", lambda db, **kw: calls.append({"db": db, **kw}))
    monkeypatch.delenv("TIDINGS_TOKEN", raising=False)

    def run(*args: str) -> tuple[int, dict | None, str]:
        try:
            cli.main(["serve", *map(str, args)])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0
        return code, (calls[-1] if calls else None), capsys.readouterr().err

    return run


def test_serve_listens_on_loopback_by_default(served, tmp_path):
    code, call, err = served("--db", tmp_path / "news.duckdb")
    assert code == 0
    assert (call["host"], call["port"], call["token"]) == ("127.0.0.1", 8000, None)
    assert "serving http://127.0.0.1:8000/" in err
    assert "no store at" in err and "warning" not in err


def test_the_token_comes_from_the_option_or_the_environment(served, monkeypatch, tmp_path):
    assert served("--db", tmp_path / "x.duckdb", "--token", "abc")[1]["token"] == "abc"
    monkeypatch.setenv("TIDINGS_TOKEN", "from-env")
    assert served("--db", tmp_path / "x.duckdb")[1]["token"] == "from-env"


def test_listening_beyond_loopback_without_a_token_warns(served, tmp_path):
    code, call, err = served("--db", tmp_path / "x.duckdb", "--host", "0.0.0.0", "--port", "9000")
    assert code == 0 and call["host"] == "0.0.0.0" and call["port"] == 9000
    assert "warning: listening on 0.0.0.0 without --token" in err


def test_limits_are_options(served, tmp_path):
    _, call, _ = served("--db", tmp_path / "x.duckdb", "--max-upload", "5000", "--max-text", "900")
    assert (call["limits"].max_upload_bytes, call["limits"].max_text_chars) == (5000, 900)


def test_a_bad_port_is_a_usage_error(served, tmp_path):
    code, call, _ = served("--db", tmp_path / "x.duckdb", "--port", "70000")
    assert code == 2 and call is None


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("localhost", True),
                                            ("::1", True), ("127.0.0.2", True),
                                            ("0.0.0.0", False), ("192.168.1.5", False),
                                            ("example.org", False)])
def test_which_hosts_are_loopback(host, loopback):
    assert is_loopback(host) is loopback
