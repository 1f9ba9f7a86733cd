from euca2ools.commands.euca._vpc import NetworkAclEntryRequest


class CreateNetworkAclEntry(NetworkAclEntryRequest):
    COMMAND = 'euca-create-network-acl-entry'
    ACTION = 'CreateNetworkAclEntry'
    DESCRIPTION = 'Create a new entry in a VPC network ACL'
