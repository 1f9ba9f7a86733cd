"""Describes whose default is "what we own plus what was shared with us"
(euca-describe-images, euca-describe-snapshots)."""

from euca2ools.core import UsageError
from euca2ools.commands.euca import EC2Request


class OwnedAndSharedRequest(EC2Request):
    ITEMS = None           # the response list, e.g. 'imagesSet'
    SHARED_PARAM = None    # 'ExecutableBy' or 'RestorableBy'
    EXPLICIT = ()          # arguments that replace the default
    ALL_CONFLICTS = ()     # (dest, what to name) not allowed with -a/--all
    DEDUP_KEY = None       # drop shared items already in the owned answer

    def configure(self):
        if not self.explicit():
            given = self.paging_options_given()
            if given:
                raise UsageError(
                    f'{given[0]} resumes one listing: the default lists what '
                    'you own and what is shared with you in two: give -a or '
                    '-o ACCOUNT to list one')
        if self.args.get('all'):
            for dest, what in self.ALL_CONFLICTS:
                if self.args.get(dest):
                    raise UsageError(f'argument -a/--all: not allowed with '
                                     f'{what}')

    def explicit(self):
        return any(self.args.get(key) for key in self.EXPLICIT)

    def main(self):
        self.preprocess()
        if self.explicit():
            return self.fetch_pages()
        owned = self.fetch_pages({**self.params, 'Owner': ['self']})
        shared = self.fetch_pages({**self.params,
                                   self.SHARED_PARAM: ['self']})
        mine = owned.get(self.ITEMS) or []
        seen = ({item.get(self.DEDUP_KEY) for item in mine}
                if self.DEDUP_KEY else set())
        owned[self.ITEMS] = mine + [
            item for item in shared.get(self.ITEMS) or []
            if not self.DEDUP_KEY or item.get(self.DEDUP_KEY) not in seen]
        return owned
