from euca2ools.commands.euca._vpc import NetworkAclEntryRequest


class ReplaceNetworkAclEntry(NetworkAclEntryRequest):
    COMMAND = 'euca-replace-network-acl-entry'
    ACTION = 'ReplaceNetworkAclEntry'
    DESCRIPTION = 'Replace an entry in a VPC network ACL'
