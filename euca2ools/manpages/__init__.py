"""Man pages, generated from the command classes.

Every command gets a section 1 page built from its argparse parser and its
class, and an older name (ALIASES) a ``.so`` page that shows its command's
(command.py).  Three more pages complete the set (overview.py): euca2ools(7)
(credentials, regions, endpoints, signing, timeouts, every environment
variable), euca2ools.ini(5) (the configuration files) and
euca2ools-completion(1).  The modules:

    roff.py          escaping, fonts, the mini-markup, the Page writer
    environment.py   every environment variable, the files, the defaults
    command.py       a command's page
    overview.py      the three other pages
    build.py         every page, written into a man directory

setup.py's ``build_man`` step writes the pages into build/man, and setuptools
installs them under the data prefix (``<venv>/share/man/man1/...``), where
man-db finds them for a bin directory on PATH.  To write them elsewhere::

    python -m euca2ools.manpages DIRECTORY

Nothing here is imported when a command runs.  Every page is checked by
tests/unit/test_manpages.py, groff and man included.
"""

from .build import (build_pages, installed_entry_points, load_commands, main,
                    page_date, write_pages)
from .command import (SYSTEM_PAGES, command_page, command_texts,
                      common_actions, formatted_args, help_text,
                      page_references, summary, visible_actions)
from .environment import ENVIRONMENT
from .overview import completion_page, config_page, overview_page
from .roff import (Page, bold, escape, italic, markup, metavar, text_blocks,
                   with_references)

__all__ = [
    'build_pages', 'installed_entry_points', 'load_commands', 'main',
    'page_date', 'write_pages',
    'SYSTEM_PAGES', 'common_actions', 'command_page', 'command_texts',
    'formatted_args', 'help_text', 'page_references', 'summary',
    'visible_actions',
    'ENVIRONMENT',
    'completion_page', 'config_page', 'overview_page',
    'Page', 'bold', 'escape', 'italic', 'markup', 'metavar', 'text_blocks',
    'with_references',
]
