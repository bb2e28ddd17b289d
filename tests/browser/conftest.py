"""Browser tests: Debian's Chromium driven by Playwright against Django's live_server.

Screenshots go to artifacts/journey/ (git-ignored; CI keeps it as a test artifact).
"""

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import need

# Playwright's sync API runs an event loop in the test's thread; without this Django
# refuses ORM calls made from the test body (factories, assertions on the database).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "journey"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Launch the system Chromium: `playwright install` cannot download a browser here."""
    need(os.access(CHROMIUM, os.X_OK), f"{CHROMIUM} is not installed")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
        "headless": browser_type_launch_args.get("headless", True),
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    # A fixed browser language: /admin/ has no language prefix, so LocaleMiddleware
    # picks the language of its login redirect from Accept-Language.
    return {
        **browser_context_args,
        "locale": "en-US",
        "timezone_id": "America/Mexico_City",
        "viewport": {"width": 1280, "height": 900},
    }


@pytest.fixture
def page(page):
    """Fail in seconds, not after Playwright's default 30 s per action."""
    page.set_default_timeout(10_000)
    page.set_default_navigation_timeout(15_000)
    return page


@pytest.fixture(scope="session")
def _journey_shots() -> dict:
    """The screenshot folder, emptied once per session, and a session-wide counter
    so that pictures of several tests never overwrite each other and sort in order."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):
        old.unlink()
    return {"dir": ARTIFACTS, "count": 0}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@pytest.fixture
def screenshot(request, page, _journey_shots) -> Iterator[Callable[[str], Path]]:
    """`screenshot("step-name")` saves a full-page PNG as artifacts/journey/NN-step-name.png.

    If the test fails, the page as it was at the failure is saved too (NN-FAILED-<test>.png).
    """

    def take(name: str) -> Path:
        _journey_shots["count"] += 1
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        path = _journey_shots["dir"] / f"{_journey_shots['count']:02d}-{slug}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    yield take

    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed and not page.is_closed():
        # A page too broken to photograph must not hide the real failure.
        with contextlib.suppress(Exception):
            take(f"FAILED-{request.node.originalname.removeprefix('test_')}")
