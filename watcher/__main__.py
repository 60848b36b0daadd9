"""`python -m watcher`: run the watcher until SIGTERM or Ctrl-C."""

import faulthandler
import logging
import signal
import threading
from types import FrameType

from shared.config import get_settings
from shared.queue import make_app
from watcher.service import Watcher


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s watcher %(levelname)s %(message)s")
    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        logging.getLogger(__name__).info("signal %s: stopping after the file in hand", signum)
        stop.set()

    # `kill -USR1` writes every thread's stack to the log: for a watcher that seems stuck.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    settings = get_settings()
    Watcher(settings, make_app(settings)).run(stop)


if __name__ == "__main__":
    main()
