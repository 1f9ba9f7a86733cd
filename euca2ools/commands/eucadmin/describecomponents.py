"""euca-describe-clusters and the other per-component listings (4.0/4.1:
Describe<Component> at the Empyrean path), one small class each."""

from euca2ools.commands.eucadmin import EucadminRequest, rows


class ComponentRequest(EucadminRequest):
    TAG = None
    UNPADDED = None   # the fields of rows printed without padding

    def print_result(self, result):
        registered = result.get('registered') or []
        if self.UNPADDED:
            lines = rows.plain_components(self.TAG, registered,
                                          self.UNPADDED)
        else:
            lines = rows.components(self.TAG, registered)
        for line in lines:
            self.emit(line)


class DescribeClusters(ComponentRequest):
    COMMAND = 'euca-describe-clusters'
    ACTION = 'DescribeClusters'
    DESCRIPTION = 'List cluster controllers'
    TAG = 'CLUSTER'


class DescribeArbitrators(ComponentRequest):
    COMMAND = 'euca-describe-arbitrators'
    ACTION = 'DescribeArbitrators'
    DESCRIPTION = 'List arbitrators'
    TAG = 'ARBITRATOR'


class DescribeStorageControllers(ComponentRequest):
    COMMAND = 'euca-describe-storage-controllers'
    ACTION = 'DescribeStorageControllers'
    DESCRIPTION = 'List storage controllers'
    TAG = 'STORAGECONTROLLER'


class DescribeWalruses(ComponentRequest):
    COMMAND = 'euca-describe-walruses'
    ACTION = 'DescribeWalruses'
    DESCRIPTION = 'List walruses'
    TAG = 'WALRUS'


class DescribeWalrusBackends(ComponentRequest):
    COMMAND = 'euca-describe-walrusbackends'
    ACTION = 'DescribeWalrusBackends'
    DESCRIPTION = 'List walrus backends'
    TAG = 'WALRUSBACKEND'


class DescribeVMwareBrokers(ComponentRequest):
    COMMAND = 'euca-describe-vmware-brokers'
    ACTION = 'DescribeVMwareBrokers'
    DESCRIPTION = 'List VMware brokers'
    TAG = 'VMWARE'


class DescribeCompute(ComponentRequest):
    COMMAND = 'euca-describe-compute'
    ACTION = 'DescribeCompute'
    DESCRIPTION = 'List compute services'
    TAG = 'COMPUTE'


class DescribeEuare(ComponentRequest):
    COMMAND = 'euca-describe-euare'
    ACTION = 'DescribeEuare'
    DESCRIPTION = 'List identity (Euare) services'
    TAG = 'EUARE'


class DescribeAutoScaling(ComponentRequest):
    COMMAND = 'euca-describe-autoscaling'
    ACTION = 'DescribeAutoScaling'
    DESCRIPTION = 'List auto scaling services'
    TAG = 'AUTOSCALING'


class DescribeCloudWatch(ComponentRequest):
    COMMAND = 'euca-describe-cloudwatch'
    ACTION = 'DescribeCloudWatch'
    DESCRIPTION = 'List CloudWatch services'
    TAG = 'CLOUDWATCH'


class DescribeCloudFormation(ComponentRequest):
    COMMAND = 'euca-describe-cloudformation'
    ACTION = 'DescribeCloudFormation'
    DESCRIPTION = 'List CloudFormation services'
    TAG = 'CLOUDFORMATION'


class DescribeLoadBalancing(ComponentRequest):
    COMMAND = 'euca-describe-loadbalancing'
    ACTION = 'DescribeLoadBalancing'
    DESCRIPTION = 'List load balancing services'
    TAG = 'LOADBALANCING'


class DescribeTokens(ComponentRequest):
    COMMAND = 'euca-describe-tokens'
    ACTION = 'DescribeTokens'
    DESCRIPTION = 'List token (STS) services'
    TAG = 'TOKENS'


class DescribeObjectStorageGateways(ComponentRequest):
    COMMAND = 'euca-describe-object-storage-gateways'
    ACTION = 'DescribeObjectStorageGateways'
    DESCRIPTION = 'List object storage gateways'
    TAG = 'OBJECTSTORAGEGATEWAY'


class DescribeClouds(ComponentRequest):
    COMMAND = 'euca-describe-clouds'
    ACTION = 'DescribeEucalyptus'
    DESCRIPTION = 'List cloud controllers'
    TAG = 'CLOUDS'
    UNPADDED = ('partition', 'name', 'hostName', 'state', 'detail')


class DescribeComponents(ComponentRequest):
    COMMAND = 'euca-describe-components'
    ACTION = 'DescribeComponents'
    DESCRIPTION = "List all of the cloud's components"
    TAG = 'COMPONENT'
    UNPADDED = ('partition', 'name', 'hostName', 'fullName', 'state',
                'detail')
