from euca2ools.commands.euare import IAMAdminRequest


class GetLdapSyncStatus(IAMAdminRequest):
    COMMAND = 'euare-getldapsyncstatus'
    ROW_TYPES = ('LDAP SYNC STATUS',)
    ACTION = 'GetLdapSyncStatus'
    DESCRIPTION = ("[Eucalyptus cloud admin only] Show the status of the "
                   "cloud's LDAP synchronization")
    TABULAR = True

    def print_result(self, result):
        for key in ('SyncEnabled', 'InSync'):
            self.print_row(key, result.get(key))
