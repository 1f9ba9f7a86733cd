"""The declarative command core: what every euca2ools command is built from."""

from .args import (EMPTY, LOCAL, PARAMS, Arg, Filter, GenericTagFilter,
                   MutuallyExclusiveArgList, filters)
from .command import BaseCommand, Context
from .errors import ClientError, ServerError, UsageError
from .paging import Pagination
from .request import QueryRequest
from .service import BaseService
from .wait import Waiter

__all__ = ['Arg', 'BaseCommand', 'BaseService', 'ClientError', 'Context',
           'EMPTY', 'Filter', 'GenericTagFilter', 'LOCAL',
           'MutuallyExclusiveArgList', 'PARAMS', 'Pagination', 'QueryRequest',
           'ServerError', 'UsageError', 'Waiter', 'filters']
