"""A time limit on the rule files' regular expressions, which Python's ``re`` lacks.

A pattern such as ``(\\w+\\s?)*:`` backtracks for longer than the universe has left on a
sentence it almost matches. ``re`` takes no timeout, but while it backtracks it checks for
signals every few thousand steps, so a timer signal can stop it. The loops that run the
rules' patterns call ``progress()`` once per piece of text (a sentence, a paragraph) inside
``time_limited()``; a timer ticks every half second, and when a tick finds that the main
thread has spent ``LIMIT`` seconds of its own CPU time on one piece (``time.thread_time``: a
busy machine, other threads or a laptop's sleep do not bring the limit closer),
``PatternTimeout`` is raised where the pattern runs. The caller knows which rule it was
running and names it: the first time in an article, in a note, and reads on without that
rule on that piece; the second time in the same article, in the error that stops the build
(a rule stopped twice backtracks on ordinary text, and would cost the limit on every
piece). (A timer of the process's CPU time, SIGPROF, counted every thread's
time and took over the signal profilers use.)

Signals reach only the main thread: elsewhere (a thread of a host application), while the
host's own timer runs (SIGALRM), or where there are no interval timers (Windows), the
patterns run without a limit. The build's workers run their tasks in their main thread.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

#: Seconds of the main thread's CPU time one piece of text (a sentence under one relation
#: rule, or under all the anaphora or layout patterns) may take. The rules read the seed's
#: sentences in well under a millisecond each.
LIMIT = 10.0
_TICK = 0.5


class PatternTimeout(Exception):
    """The patterns spent more than ``LIMIT`` seconds on one piece of text."""


_steps = 0
_seen = -1
_mark = 0.0  # the main thread's CPU time when a tick first saw the current piece
_active = False


def progress() -> None:
    """Say that the patterns have moved on to the next piece of text."""
    global _steps
    _steps += 1


def _on_tick(_signum: int, _frame: object) -> None:
    # (run in the main thread, between the steps of a pattern: its own CPU time counts)
    global _seen, _mark
    if _steps != _seen:
        _seen, _mark = _steps, time.thread_time()
    elif time.thread_time() - _mark >= LIMIT:
        _mark = time.thread_time()
        raise PatternTimeout(f"over {LIMIT:g} s on one piece of text")


@contextmanager
def time_limited() -> Iterator[None]:
    """Run the block with the time limit (not nested; in the main thread only)."""
    global _active, _seen
    if (
        not hasattr(signal, "setitimer")  # Windows: no interval timers, no limit
        or _active
        or threading.current_thread() is not threading.main_thread()
        or signal.getitimer(signal.ITIMER_REAL)[0] > 0  # the host application's own timer
    ):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_tick)
    _active, _seen = True, -1
    signal.setitimer(signal.ITIMER_REAL, _TICK, _TICK)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _active = False


#: What a rule author can do about a pattern stopped by the limit.
FIX_BACKTRACKING = "rewrite it without a repeat inside a repeat, such as (\\w+\\s?)*"


def timed_out(slug: str, part: str, places: list[tuple[int, int]]) -> str:
    """The end of the message naming a rule stopped on the ``part`` (sentence, paragraph) of
    the article ``slug`` at each (begin, end) of ``places`` (one or two)."""
    count = "one" if len(places) == 1 else "two" if len(places) == 2 else str(len(places))
    parts = part if len(places) == 1 else part + "s"
    where = " and ".join(f"{begin}-{end}" for begin, end in places)
    return (
        f"ran {LIMIT:g} s on {count} {parts} of the article {slug!r} (characters {where}) "
        "and was stopped: its pattern backtracks without end"
    )


def skipped(who: str, path: str, line: int | None, part: str, begin: int, end: int) -> str:
    """The note on a rule stopped once in an article: the ``part`` at ``begin``-``end`` goes
    unread by it (an odd piece of text, such as a sentence listing a thousand names, can
    make a sound pattern slow); a second such part in the same article is the rule's fault,
    and stops the build (``timed_out``)."""
    return (
        f"{who} ({path}:{line}) ran {LIMIT:g} s on the {part} at {begin}-{end} and was "
        f"stopped: that {part} is not read by it ({FIX_BACKTRACKING}, if a second {part} "
        "of an article does this the build stops)"
    )
