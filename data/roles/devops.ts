import type { RoleGuide } from '../schema';

/**
 * DevOps, SRE, platform and cloud interviews in India: CI/CD and deployment
 * strategies, Docker and Kubernetes, Terraform and Ansible, AWS and Azure
 * networking and identity, Linux and network troubleshooting, observability
 * and SRE practice, and the scenario questions ("production is down") most
 * loops end with. Ids are permanent (bookmarks point at them).
 */
export const devops: RoleGuide = {
  role: 'devops',
  name: 'DevOps & cloud',
  summary:
    'DevOps, SRE and cloud interviews are scenario-heavy: Linux and networking basics, Docker and Kubernetes, Terraform, CI/CD, AWS or Azure, and how you debug and communicate when production breaks.',
  topics: [
    {
      id: 'ops-cicd',
      label: 'CI/CD pipelines',
      terms: [
        'ci/cd',
        'cicd',
        'ci cd pipelines',
        'continuous integration',
        'continuous delivery',
        'continuous deployment',
        'jenkins',
        'github actions',
        'gitlab ci',
        'azure devops',
        'azure pipelines',
        'circleci',
        'teamcity',
        'tekton',
        'sonarqube',
        'artifactory',
        'nexus repository',
        'build pipelines',
      ],
    },
    {
      id: 'ops-containers',
      label: 'Docker and containers',
      terms: [
        'docker',
        'dockerfile',
        'containers',
        'containerisation',
        'containerization',
        'containerized',
        'podman',
        'docker compose',
        'container registry',
        'ecr',
        'multi-stage builds',
        'container images',
      ],
    },
    {
      id: 'ops-kubernetes',
      label: 'Kubernetes',
      terms: [
        'kubernetes',
        'k8s',
        'eks',
        'aks',
        'gke',
        'openshift',
        'kubectl',
        'rancher',
        'k3s',
        'container orchestration',
        'statefulsets',
        'hpa',
        'karpenter',
        'istio',
        'service mesh',
      ],
    },
    {
      id: 'ops-helm-gitops',
      label: 'Helm and GitOps',
      terms: ['helm', 'helm charts', 'kustomize', 'argo cd', 'argocd', 'flux', 'fluxcd', 'gitops', 'argo rollouts'],
    },
    {
      id: 'ops-iac',
      label: 'infrastructure as code',
      terms: [
        'terraform',
        'infrastructure as code',
        'iac',
        'cloudformation',
        'pulumi',
        'terragrunt',
        'aws cdk',
        'bicep',
        'arm templates',
        'opentofu',
        'terraform modules',
      ],
    },
    {
      id: 'ops-config-mgmt',
      label: 'configuration management',
      terms: ['ansible', 'ansible playbooks', 'chef', 'puppet', 'saltstack', 'configuration management', 'packer'],
    },
    {
      id: 'ops-cloud',
      label: 'AWS',
      // AWS names only: 'azure' here sent Azure postings to the S3 and EC2/Lambda questions (Azure has
      // ops-azure). 'serverless' is a keyword of the two compute questions; 'gcp' of the cloud-neutral ones.
      terms: ['aws', 'amazon web services', 'ec2', 's3', 'aws lambda', 'ecs', 'fargate', 'rds', 'cloudwatch'],
    },
    {
      id: 'ops-azure',
      label: 'Microsoft Azure',
      // Platform-wide names only (no 'microsoft azure' or 'azure cli' twins, which count one cloud twice);
      // service names such as App Service or Entra ID are the Azure questions' own keywords.
      terms: ['azure', 'aks', 'azure devops', 'arm templates', 'bicep'],
    },
    {
      id: 'ops-networking',
      label: 'cloud networking',
      terms: [
        'vpc',
        'subnets',
        'security groups',
        'nacl',
        'nat gateway',
        'transit gateway',
        'route 53',
        'route53',
        'load balancers',
        'alb',
        'nlb',
        'dns',
        'tcp/ip',
        'vpn',
        'direct connect',
        'cdn',
        'cloudfront',
        'nginx',
      ],
    },
    {
      id: 'ops-security',
      label: 'IAM and secrets management',
      terms: [
        'iam',
        'least privilege',
        'vault',
        'hashicorp vault',
        'kms',
        'secrets management',
        'secrets manager',
        'devsecops',
        'key vault',
        'sops',
        'sealed secrets',
        'rbac',
      ],
    },
    {
      id: 'ops-linux',
      label: 'Linux and shell scripting',
      terms: [
        'linux',
        'unix',
        'bash',
        'shell scripting',
        'shell scripts',
        'ubuntu',
        'rhel',
        'red hat',
        'centos',
        'systemd',
        'linux administration',
        'awk',
        'powershell',
      ],
    },
    {
      id: 'ops-observability',
      label: 'monitoring and observability',
      terms: [
        'prometheus',
        'grafana',
        'observability',
        'alertmanager',
        'elk',
        'elk stack',
        'kibana',
        'loki',
        'datadog',
        'new relic',
        'splunk',
        'opentelemetry',
        'dynatrace',
        'monitoring and alerting',
        'pagerduty',
      ],
    },
    {
      id: 'ops-sre',
      label: 'site reliability engineering',
      terms: [
        'sre',
        'site reliability',
        'site reliability engineering',
        'slo',
        'sli',
        'error budget',
        'incident management',
        'incident response',
        'on-call',
        'postmortem',
        'post-mortem',
        'root cause analysis',
        'rca',
        'toil',
      ],
    },
    {
      id: 'ops-deployment-strategies',
      label: 'deployment strategies',
      terms: [
        'blue-green',
        'blue-green deployment',
        'canary',
        'canary deployment',
        'canary releases',
        'rolling update',
        'rolling deployment',
        'feature flags',
        'zero downtime',
        'zero-downtime deployment',
        'release management',
      ],
    },
    {
      id: 'ops-git',
      label: 'Git and branching',
      terms: ['git', 'github', 'gitlab', 'bitbucket', 'branching strategy', 'trunk-based development', 'gitflow'],
    },
    {
      id: 'ops-cost',
      label: 'cloud cost optimisation',
      terms: [
        'finops',
        'cost optimisation',
        'cost optimization',
        'cloud cost',
        'aws cost',
        'spot instances',
        'reserved instances',
        'savings plans',
        'rightsizing',
      ],
    },
    {
      id: 'ops-ha-dr',
      label: 'high availability and disaster recovery',
      terms: [
        'high availability',
        'disaster recovery',
        'fault tolerance',
        'fault tolerant',
        'multi-az',
        'multi-region',
        'rto',
        'rpo',
        'backup and recovery',
        'business continuity',
      ],
    },
  ],
  questions: [
    // ------------------------------------------------------------ technical: CI/CD and releases
    {
      id: 'ops-cicd-pipeline-design',
      category: 'technical',
      role: 'devops',
      text: 'Design a CI/CD pipeline for a microservice, from commit to production.',
      guidance:
        'Lay out the stages: checkout, build, unit tests and linting, static analysis and dependency or image scanning, then build one immutable artifact (a container image tagged with the commit SHA) and push it to a registry. Deploy that same artifact to staging, run integration and smoke tests, pass a gate (automated checks, or a manual approval where the business needs it), deploy to production with a safe strategy and verify with health checks and metrics. Keep environment config and secrets outside the artifact, cache dependencies and run jobs in parallel so feedback stays fast. A common slip is rebuilding the artifact for each environment, so what you tested is not exactly what you ship, or deploying a mutable latest tag.',
      topics: ['ops-cicd', 'ops-containers', 'ops-deployment-strategies'],
      keywords: ['pipeline stages', 'build artifacts', 'quality gates', 'container registry', 'immutable artifacts', 'jenkinsfile'],
    },
    {
      id: 'ops-deployment-strategies',
      category: 'technical',
      role: 'devops',
      text: 'Compare rolling, blue-green and canary deployments. How do you roll back each one?',
      guidance:
        'Rolling replaces instances a few at a time (the Kubernetes Deployment default, tuned with maxSurge and maxUnavailable), so it needs at most a small surge of extra capacity, but old and new versions serve traffic together, so they must be compatible; rollback is another rolling update to the old version. Blue-green runs a full second environment and switches traffic at the load balancer or DNS, giving near-instant rollback by switching back, at the cost of double capacity during the release. Canary sends a small share of traffic to the new version, watches error rate and latency, and widens step by step, often automated with Argo Rollouts or Flagger. Feature flags separate deploying code from releasing a feature. A common slip is ignoring database migrations, which make rollback unsafe unless schema changes are backward compatible.',
      topics: ['ops-deployment-strategies', 'ops-kubernetes'],
      keywords: ['blue-green', 'canary', 'rolling update', 'rollback', 'feature flags', 'argo rollouts', 'maxsurge'],
    },
    // ------------------------------------------------------------ technical: Docker
    {
      id: 'ops-docker-layers-multistage',
      category: 'technical',
      role: 'devops',
      alsoFor: ['backend'],
      text: 'How do Docker image layers work, and how would you make an image smaller and faster to build?',
      guidance:
        'Instructions that change the filesystem, such as RUN, COPY and ADD, each add a read-only layer, and Docker reuses cached layers until one changes, after which every later layer rebuilds. So order the Dockerfile from least to most frequently changing: copy the dependency manifest, install dependencies, then copy the source. Use multi-stage builds to compile in a full SDK image and copy only the final binary or bundle into a slim or distroless runtime image, add a .dockerignore, clean package caches in the same RUN that created them, and run as a non-root user. A common slip is deleting files in a later RUN and expecting the image to shrink; the data still sits in the earlier layer.',
      topics: ['ops-containers'],
      keywords: ['dockerfile', 'image layers', 'multi-stage build', 'distroless', 'alpine', 'build cache', 'dockerignore'],
    },
    {
      id: 'ops-container-vs-vm',
      category: 'technical',
      role: 'devops',
      alsoFor: ['backend'],
      text: 'What is the difference between a container and a virtual machine?',
      guidance:
        'A virtual machine virtualises hardware through a hypervisor and runs its own full guest operating system and kernel; a container is an isolated process on the host that shares the host kernel, fenced off with Linux namespaces (what it can see) and cgroups (what it can use). Containers therefore start in seconds or less, pack more densely and make images portable, while VMs give a stronger isolation boundary and can run a different operating system kernel. In the cloud you usually run containers on VMs and get both. Mention when you would still choose VMs: strict multi-tenant isolation, legacy software or kernel-level needs. A common slip is saying a container has its own kernel, or that containers are as isolated as VMs by default.',
      topics: ['ops-containers', 'ops-linux'],
      keywords: ['container vs vm', 'virtual machine', 'hypervisor', 'namespaces', 'cgroups', 'virtualisation'],
      levels: ['fresher', 'mid'],
    },
    // ------------------------------------------------------------ technical: Kubernetes
    {
      id: 'ops-k8s-architecture',
      category: 'technical',
      role: 'devops',
      text: 'Explain the Kubernetes architecture. What happens when you run kubectl apply on a Deployment?',
      guidance:
        'Name the control plane: the API server is the front door, etcd stores cluster state, the scheduler places pods on nodes, and the controller manager runs control loops that drive actual state towards desired state. Each worker node runs the kubelet, which starts containers through the container runtime and reports status, and kube-proxy or the CNI data plane, which routes Service traffic. Then trace kubectl apply: the API server authenticates and validates the object and stores it in etcd, the Deployment controller creates a ReplicaSet, which creates pods, the scheduler assigns them to nodes and the kubelets start them. A common slip is saying kubectl talks to nodes directly; everything goes through the API server.',
      topics: ['ops-kubernetes'],
      keywords: ['control plane', 'api server', 'etcd', 'kube-scheduler', 'kubelet', 'kube-proxy', 'controller manager'],
    },
    {
      id: 'ops-k8s-pod-replicaset-deployment',
      category: 'technical',
      role: 'devops',
      text: 'What are a Pod, a ReplicaSet and a Deployment, and how do they relate?',
      guidance:
        'A Pod is the smallest deployable unit: one or more containers that share a network namespace (one IP, talking over localhost) and volumes, scheduled together and treated as disposable. A ReplicaSet keeps a chosen number of identical pods running, replacing any that die. A Deployment manages ReplicaSets to give declarative updates: changing the pod template creates a new ReplicaSet and shifts pods over in a rolling update, and kubectl rollout undo returns to the previous one. Mention sidecar and init containers as reasons for multi-container pods. A common slip is creating bare pods or ReplicaSets directly in production, which loses self-healing or rollout history.',
      topics: ['ops-kubernetes', 'ops-deployment-strategies'],
      keywords: ['pod', 'replicaset', 'deployment', 'rollout undo', 'sidecar', 'init containers'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'ops-k8s-services-ingress',
      category: 'technical',
      role: 'devops',
      text: 'Explain Kubernetes Service types and Ingress. How does external traffic reach a pod?',
      guidance:
        'Pod IPs change, so a Service gives a stable virtual IP and DNS name and load-balances across the ready pods its label selector matches. ClusterIP (the default) is reachable only inside the cluster, NodePort opens a port on every node, LoadBalancer asks the cloud provider for an external load balancer, and ExternalName returns a DNS alias; a headless Service gives each pod its own DNS record. Ingress adds HTTP routing by host and path, plus TLS termination, in front of Services, but it only works when an ingress controller such as NGINX or the AWS Load Balancer Controller is running; the Gateway API is its newer successor. A common slip is giving every microservice its own LoadBalancer Service, paying for many cloud load balancers instead of one ingress.',
      topics: ['ops-kubernetes', 'ops-networking'],
      keywords: ['clusterip', 'nodeport', 'loadbalancer service', 'ingress', 'ingress controller', 'gateway api', 'headless service'],
    },
    {
      id: 'ops-k8s-configmaps-secrets',
      category: 'technical',
      role: 'devops',
      text: 'How do ConfigMaps and Secrets work, and how secure are Kubernetes Secrets?',
      guidance:
        'Both keep configuration out of images and are consumed as environment variables or mounted files; mounted files are refreshed after an update (not with subPath mounts), while environment variables change only when the pod restarts. Secrets are only base64-encoded, not encrypted, and by default are stored unencrypted in etcd unless encryption at rest is configured, so protect them with RBAC, enable encryption (ideally with a cloud KMS provider) and consider syncing from an external store with the External Secrets Operator or the Secrets Store CSI driver. For GitOps, tools like Sealed Secrets or SOPS let you commit encrypted versions. A common slip is calling base64 encryption, or committing plain Secret manifests to Git.',
      topics: ['ops-kubernetes', 'ops-security'],
      keywords: ['configmap', 'kubernetes secrets', 'base64', 'encryption at rest', 'external secrets', 'sealed secrets'],
    },
    {
      id: 'ops-k8s-liveness-readiness',
      category: 'technical',
      role: 'devops',
      text: 'What is the difference between liveness, readiness and startup probes?',
      guidance:
        'When a liveness probe fails repeatedly, the kubelet kills and restarts the container; use it to recover from a hung process. When a readiness probe fails, the pod is removed from Service endpoints so it gets no traffic, but it is not restarted; use it while warming up or when the pod temporarily cannot serve. A startup probe holds off the other two until a slow-starting app is up, so liveness does not kill it mid-boot. Keep liveness checks cheap and about the process itself. A common slip is making the liveness probe depend on the database or another downstream service, so one dependency outage restarts every pod and turns a partial problem into a full outage.',
      topics: ['ops-kubernetes', 'ops-sre'],
      keywords: ['liveness probe', 'readiness probe', 'startup probe', 'health checks', 'kubelet', 'endpoints'],
    },
    {
      id: 'ops-k8s-requests-limits',
      category: 'technical',
      role: 'devops',
      text: 'Explain resource requests and limits. What happens when a container exceeds its memory or CPU limit?',
      guidance:
        'Requests are what the scheduler reserves when placing a pod on a node and the share the container is guaranteed; limits are the ceiling. Exceeding the memory limit gets the container OOMKilled (exit code 137) and restarted, because memory cannot be taken back, while exceeding the CPU limit only throttles it, which shows up as latency rather than crashes. Explain QoS classes: Guaranteed (requests equal limits), Burstable and BestEffort; under node memory pressure, BestEffort pods and pods using more than their requests are evicted first. Set requests from observed usage. A common slip is claiming a CPU overrun kills the pod, or setting tight CPU limits on latency-sensitive services and then chasing unexplained slowness.',
      topics: ['ops-kubernetes'],
      keywords: ['resource requests', 'resource limits', 'oomkilled', 'cpu throttling', 'qos class', 'eviction'],
    },
    {
      id: 'ops-k8s-hpa',
      category: 'technical',
      role: 'devops',
      text: 'How does the Horizontal Pod Autoscaler work, and how does it relate to cluster autoscaling?',
      guidance:
        'The HPA periodically compares a metric with a target and sets the replica count of a Deployment or StatefulSet, roughly current replicas times current value divided by target. CPU and memory come from metrics-server and are measured as a percentage of the container requests, so requests must be set; custom or external metrics such as requests per second or queue depth need an adapter, and KEDA is a common choice for event-driven scaling. A scale-down stabilisation window stops flapping. The HPA only adds pods: if they cannot be scheduled, the Cluster Autoscaler or Karpenter adds nodes, and the VPA tunes requests instead. A common slip is expecting the HPA to work on CPU when no CPU requests are defined.',
      topics: ['ops-kubernetes', 'ops-cost'],
      keywords: ['hpa', 'horizontal pod autoscaler', 'metrics-server', 'cluster autoscaler', 'karpenter', 'keda', 'vpa'],
    },
    {
      id: 'ops-k8s-crashloopbackoff',
      category: 'technical',
      role: 'devops',
      text: 'A pod is in CrashLoopBackOff. How do you debug it?',
      guidance:
        'CrashLoopBackOff means the container keeps exiting and the kubelet restarts it with increasing delays. Work through it in order: kubectl get pods for restart counts, kubectl describe pod for events, the last state, reason and exit code (137 often means OOMKilled or SIGKILL, 1 an application error), and kubectl logs --previous for the output of the crashed run. Typical causes are a missing ConfigMap, Secret or environment variable, a wrong command or entrypoint, an unreachable dependency at startup, too little memory, or a liveness probe killing a slow starter. If logs are empty, run a debug container with kubectl debug or override the command to keep it alive and inspect it. A common slip is reading only the current logs, which are empty for a container that just restarted.',
      topics: ['ops-kubernetes', 'ops-linux'],
      keywords: ['crashloopbackoff', 'kubectl describe', 'kubectl logs', 'exit code 137', 'kubectl debug', 'imagepullbackoff'],
    },
    {
      id: 'ops-k8s-statefulset',
      category: 'technical',
      role: 'devops',
      text: 'When would you use a StatefulSet instead of a Deployment?',
      guidance:
        'Use a StatefulSet when each replica needs a stable identity: pods get ordinal names (db-0, db-1) and stable DNS through a headless Service, each gets its own PersistentVolumeClaim from volumeClaimTemplates that survives pod rescheduling, and by default pods start, scale and update in order. That suits databases, Kafka, ZooKeeper or Elasticsearch. Contrast DaemonSets (one pod per node) and plain Deployments for stateless apps. Add the operational view: running databases on Kubernetes needs backups, operators and careful storage planning, which is why many teams choose a managed service such as RDS. A common slip is assuming the StatefulSet replicates or backs up the data; it only provides identity and storage, and the application or an operator handles replication.',
      topics: ['ops-kubernetes', 'ops-ha-dr'],
      keywords: ['statefulset', 'persistent volume', 'pvc', 'headless service', 'volumeclaimtemplates', 'daemonset', 'operators'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'ops-helm',
      category: 'technical',
      role: 'devops',
      text: 'What is Helm, and how do you manage the same application across dev, staging and production with it?',
      guidance:
        'Helm is a package manager for Kubernetes: a chart holds templated manifests, a values.yaml of defaults and Chart.yaml metadata, and each installation is a release with a revision history, so helm upgrade and helm rollback work per release (Helm 3 stores this in the cluster and dropped the old Tiller component). For environments, keep one chart and a values file per environment, lint and render with helm template in CI, and preview changes with the helm-diff plugin. Compare Kustomize, which patches plain YAML with overlays instead of templating. A common slip is putting plain-text secrets in values files or burying so much logic in templates that nobody can predict the output.',
      topics: ['ops-helm-gitops', 'ops-kubernetes'],
      keywords: ['helm', 'helm chart', 'values.yaml', 'helm rollback', 'helm template', 'kustomize'],
    },
    // ------------------------------------------------------------ technical: IaC and config management
    {
      id: 'ops-terraform-state-locking',
      category: 'technical',
      role: 'devops',
      text: 'What is Terraform state, why use a remote backend, and how does state locking work?',
      guidance:
        'State maps each resource in your code to the real object in the cloud and records dependencies, so Terraform can work out what to change. Teams cannot share local state, so store it in a remote backend such as S3, Azure Storage, GCS or HCP Terraform, with versioning and encryption enabled, since state can hold secrets in plain text. Locking stops two applies from running at once and corrupting state: the azurerm backend locks with a blob lease, and the S3 backend traditionally used a DynamoDB table, but Terraform 1.10 and later can lock with a lock file in S3 itself (use_lockfile), and DynamoDB locking is now deprecated. Split state per environment to limit blast radius. A common slip is committing tfstate to Git or editing it by hand instead of using terraform state and import commands.',
      topics: ['ops-iac', 'ops-cloud', 'ops-azure'],
      keywords: ['terraform state', 'remote state', 'remote backend', 'state locking', 'dynamodb', 's3 backend', 'tfstate', 'force-unlock'],
    },
    {
      id: 'ops-terraform-plan-modules',
      category: 'technical',
      role: 'devops',
      text: 'Walk through the Terraform workflow (init, plan, apply) and explain how you structure code with modules.',
      guidance:
        'init downloads providers and modules and configures the backend; plan compares your code with the state and the refreshed real infrastructure and shows what will be created, updated in place or replaced; apply carries out the changes. In CI, save the plan with -out, have someone review it, and apply exactly that plan. Read the plan carefully: a resource marked for replacement (destroy then create) can mean data loss for a database, which lifecycle settings such as prevent_destroy or create_before_destroy help guard. Modules package reusable infrastructure with input variables and outputs; pin module versions and keep separate root configurations or workspaces per environment. A common slip is over-abstracting modules until they are harder to read than plain resources.',
      topics: ['ops-iac'],
      keywords: ['terraform plan', 'terraform apply', 'terraform modules', 'workspaces', 'prevent_destroy', 'providers'],
    },
    {
      id: 'ops-terraform-drift',
      category: 'technical',
      role: 'devops',
      text: 'Someone changed infrastructure manually in the console. How do you detect and handle Terraform drift?',
      guidance:
        'Drift is any difference between the real infrastructure and what the code and state describe. terraform plan reveals it because it refreshes state first, and terraform plan -refresh-only shows only the out-of-band changes so you can review them; run a scheduled plan in CI to catch drift early. Then decide per change: if the manual change was wrong, apply the code to revert it; if it was a needed fix, update the code to match, and bring hand-created resources under management with terraform import or import blocks. Prevent repeats by limiting console write access and making pipeline-driven changes the normal path. A common slip is blindly running apply and undoing an emergency hotfix someone made during an incident.',
      topics: ['ops-iac'],
      keywords: ['terraform drift', 'refresh-only', 'terraform import', 'drift detection', 'clickops'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'ops-ansible-idempotency',
      category: 'technical',
      role: 'devops',
      text: 'What does idempotency mean in Ansible, and how do you keep a playbook idempotent?',
      guidance:
        'Idempotent means running the playbook once or ten times leaves the system in the same state, and a second run reports no changes. Built-in modules such as package, copy, template, user and service are declarative: they check the current state and act only when it differs. The command and shell modules just run the command every time, so prefer a proper module, or add creates or removes arguments and changed_when conditions. Use handlers so a service restarts only when its config actually changed, and dry-run with --check --diff. Mention that Ansible is agentless over SSH, and that it typically configures servers while Terraform provisions them. A common slip is a playbook that is mostly shell tasks, which reports changed on every run and hides real changes.',
      topics: ['ops-config-mgmt', 'ops-linux'],
      keywords: ['ansible', 'idempotency', 'idempotent', 'playbook', 'handlers', 'ansible roles', 'check mode'],
    },
    // ------------------------------------------------------------ technical: AWS and cloud
    {
      id: 'ops-aws-vpc-design',
      category: 'technical',
      role: 'devops',
      text: 'Design a VPC for a three-tier web application on AWS. What makes a subnet public or private?',
      guidance:
        'A VPC is a regional private network with a CIDR range, and each subnet sits in one Availability Zone. A subnet is public when its route table sends 0.0.0.0/0 to an internet gateway; private subnets have no such route and reach the internet outbound through a NAT gateway placed in a public subnet. Lay out public subnets for load balancers and NAT, private subnets for the application tier and isolated ones for databases, repeated across at least two AZs, and add VPC endpoints for services such as S3 so that traffic avoids NAT charges. Plan CIDRs that do not overlap with other VPCs or on-premises networks. A common slip is calling a subnet public because an instance has a public IP, or running one NAT gateway for all AZs.',
      topics: ['ops-networking', 'ops-cloud', 'ops-ha-dr'],
      keywords: ['vpc', 'public subnet', 'private subnet', 'internet gateway', 'nat gateway', 'route table', 'cidr', 'vpc endpoints'],
    },
    {
      id: 'ops-security-groups-vs-nacls',
      category: 'technical',
      role: 'devops',
      text: 'What is the difference between security groups and network ACLs in AWS, and how do Azure NSGs compare?',
      guidance:
        'Security groups attach to network interfaces and are stateful: replies to allowed traffic are allowed automatically. They hold only allow rules and can reference other security groups, such as letting only the app tier reach the database. Network ACLs apply to a whole subnet and are stateless, so return traffic on the ephemeral port range must be allowed explicitly; their allow and deny rules are evaluated in rule-number order, first match wins. An Azure NSG is stateful like a security group but has allow and deny rules processed by priority, and attaches to a subnet, a network interface or both; application security groups let its rules name groups of VMs. Use security groups or NSGs as the main control. A common slip is adding a NACL inbound rule and forgetting the outbound ephemeral ports, which silently breaks responses.',
      topics: ['ops-networking', 'ops-security', 'ops-azure'],
      keywords: [
        'security groups',
        'nacl',
        'network acl',
        'ephemeral ports',
        'nsg',
        'network security groups',
        'application security groups',
      ],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'ops-iam-least-privilege',
      category: 'technical',
      role: 'devops',
      text: 'How do IAM roles work, and how do you apply least privilege in AWS?',
      guidance:
        'IAM users carry long-lived credentials, while a role is assumed and issues temporary credentials through STS; workloads should use roles through instance profiles on EC2, task roles on ECS, and IRSA or EKS Pod Identity for pods. Policies state an effect, actions, resources and optional conditions; everything is denied by default and an explicit deny always wins. For least privilege, start from the actions a workload really needs, scope them to specific resources, add conditions, and trim over time with IAM Access Analyzer and last-accessed data; use SCPs in AWS Organizations as guardrails and require MFA for people. A common slip is hard-coding access keys in code or on servers, or granting AdministratorAccess to get unblocked and never narrowing it.',
      topics: ['ops-security', 'ops-cloud'],
      keywords: ['iam roles', 'iam policies', 'least privilege', 'sts', 'assume role', 'irsa', 'instance profile', 'scp'],
    },
    {
      id: 'ops-ec2-lambda-ecs-eks',
      category: 'technical',
      role: 'devops',
      text: 'How do you choose between EC2, Lambda, ECS and EKS for a workload?',
      guidance:
        'EC2 gives full control of the machine, suits long-running or specialised workloads and legacy software, but you own patching and scaling. Lambda runs functions on events, scales automatically and bills per request and duration, but has a 15-minute limit, cold starts and less runtime control, so it fits spiky, event-driven work. ECS is AWS-native container orchestration, simpler to operate, especially on Fargate where you manage no servers. EKS is managed Kubernetes, offering portability and the wider ecosystem at the price of more operational complexity and a control-plane fee. Decide by traffic pattern, team skills, portability needs and cost at expected load. A common slip is picking EKS for a small team just because Kubernetes is popular, or Lambda for steady high-throughput work where it costs more.',
      topics: ['ops-cloud', 'ops-kubernetes', 'ops-cost'],
      keywords: ['ec2', 'lambda', 'ecs', 'eks', 'fargate', 'cold start', 'serverless'],
    },
    {
      id: 'ops-s3-security-cost',
      category: 'technical',
      role: 'devops',
      text: 'How would you secure an S3 bucket and keep its storage cost under control?',
      guidance:
        'For security: keep Block Public Access on, grant access with IAM and bucket policies rather than ACLs (new buckets disable ACLs by default), restrict by VPC endpoint or principal with policy conditions, encrypt with SSE-S3 (the default) or SSE-KMS where you need key control and audit, enable versioning and consider Object Lock for data that must not be deleted, and log access with CloudTrail. For cost: choose storage classes by access pattern (Standard, Intelligent-Tiering, Standard-IA, Glacier tiers), add lifecycle rules to transition or expire objects, clean up old versions and incomplete multipart uploads, and watch request and data-transfer charges. A common slip is making a bucket public to serve a website instead of putting CloudFront in front with origin access control.',
      topics: ['ops-cloud', 'ops-security', 'ops-cost'],
      keywords: ['s3', 'bucket policy', 'block public access', 'sse-kms', 'lifecycle rules', 'storage classes', 'versioning'],
    },
    {
      id: 'ops-high-availability-azs',
      category: 'technical',
      role: 'devops',
      text: 'How do you make an application highly available across Availability Zones, and when do you need multiple regions?',
      guidance:
        'Availability Zones are separate data centres within a region, so spread every tier across at least two, ideally three: a load balancer with health checks, an Auto Scaling group or Kubernetes nodes across AZs (with topology spread constraints and PodDisruptionBudgets), a stateless app tier with sessions in a shared store, and a database with a synchronous standby such as RDS Multi-AZ or a zone-redundant Azure SQL database. Azure and GCP zones work the same way. Size for losing one AZ: the remaining ones must carry the full load. Multi-region is for disaster recovery or latency and is driven by RTO and RPO targets, from backup-and-restore up to active-active, each costing more. A common slip is leaving hidden single points of failure such as one NAT gateway, a single-AZ cache, or treating a read replica as automatic failover.',
      topics: ['ops-ha-dr', 'ops-cloud', 'ops-azure'],
      keywords: [
        'availability zones',
        'multi-az',
        'auto scaling group',
        'rds multi-az',
        'zone-redundant',
        'failover',
        'multi-region',
        'gcp',
      ],
      levels: ['mid', 'senior'],
    },
    // ------------------------------------------------------------ technical: Azure
    {
      id: 'ops-azure-compute-choice',
      category: 'technical',
      role: 'devops',
      text: 'On Azure, how do you choose between AKS, App Service, Azure Functions and Container Apps for a workload?',
      guidance:
        'App Service hosts web apps and APIs, as code or containers, with autoscale and deployment slots for swap-based releases but little control over the host. Azure Functions runs event-driven code from HTTP, queue or timer triggers; the Consumption plan scales to zero and bills per execution but has cold starts and a ten-minute limit, which the Premium and Flex Consumption plans ease with warm instances. Container Apps runs containers on managed Kubernetes with KEDA scaling and scale to zero, without exposing the cluster. AKS is full Kubernetes, with its ecosystem and the work of node pools, upgrades and networking. Choose by workload shape, team skills and how much platform you want to run. A common slip is picking AKS for a few web APIs that App Service or Container Apps would run with far less upkeep.',
      topics: ['ops-azure', 'ops-kubernetes'],
      keywords: [
        'app service',
        'azure functions',
        'function apps',
        'container apps',
        'azure kubernetes service',
        'deployment slots',
        'consumption plan',
        'serverless',
      ],
    },
    {
      id: 'ops-azure-managed-identity',
      category: 'technical',
      role: 'devops',
      text: 'What is the difference between a managed identity and a service principal in Azure, and how do you give an app least-privilege access to Key Vault?',
      guidance:
        "Both are Microsoft Entra ID (formerly Azure AD) identities that Azure RBAC grants roles to. A service principal belongs to an app registration and signs in with a secret or certificate you must store and rotate, or with workload identity federation, which trusts a short-lived token from a CI system or Kubernetes instead. A managed identity is a service principal that Azure manages for a resource such as a VM or App Service, so no credential reaches your code; system-assigned ones live and die with their resource, user-assigned ones can be shared. For least privilege, grant a narrow role such as Key Vault Secrets User on the vault itself, with Key Vault's RBAC model rather than legacy access policies. A common slip is a client secret in the config of an app that runs inside Azure, or Contributor on the whole subscription.",
      topics: ['ops-azure', 'ops-security'],
      keywords: [
        'managed identity',
        'service principal',
        'entra id',
        'azure ad',
        'azure rbac',
        'workload identity federation',
        'key vault',
        'app registration',
      ],
    },
    // ------------------------------------------------------------ technical: Linux and networking
    {
      id: 'ops-linux-high-cpu-disk-full',
      category: 'technical',
      role: 'devops',
      alsoFor: ['backend'],
      text: 'A Linux server is slow and its disk shows 100% used. How do you troubleshoot the CPU and the disk?',
      guidance:
        'For CPU, check uptime for load averages (on Linux the load also counts processes stuck waiting on disk I/O), then top or htop to see which processes burn CPU and the split of user, system, iowait and steal time; steal points to a noisy host on a VM. Narrow down with ps, pidstat, top -H for threads, and strace or perf, and check recent deploys or cron jobs. For disk, df -h for space and df -i for inodes, then du with sort to find the big directories, usually logs, and fix log rotation. If space does not come back after deleting, lsof +L1 shows deleted files still held open. A common slip is deleting a log a process is still writing to; truncate it or restart the process.',
      topics: ['ops-linux'],
      keywords: ['high cpu', 'load average', 'disk full', 'df', 'du', 'lsof', 'iowait', 'inodes'],
    },
    {
      id: 'ops-what-happens-url',
      category: 'technical',
      role: 'devops',
      alsoFor: ['backend', 'frontend'],
      text: 'What happens when you type a URL into the browser and press Enter? Where would you look if the site is slow?',
      guidance:
        'Go layer by layer. DNS: browser and OS caches and the hosts file, then a recursive resolver that walks root, TLD and authoritative servers to return an A or AAAA record, with TTLs controlling caching. Then a TCP handshake to port 443, a TLS handshake in which the server presents a certificate the browser validates, and the HTTP request, which passes through a CDN, load balancer or reverse proxy to application servers and often a database before the response returns and the page renders. Name debugging tools at each step: dig, curl -v, traceroute and openssl s_client. Mention that HTTP/3 runs over QUIC on UDP. A common slip is reciting browser rendering at length and skipping DNS, TLS and the server side, which is what a DevOps interviewer cares about.',
      topics: ['ops-networking', 'ops-linux'],
      keywords: ['dns resolution', 'tcp handshake', 'tls handshake', 'http request', 'dig', 'curl', 'recursive resolver'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'ops-tcp-vs-udp',
      category: 'technical',
      role: 'devops',
      alsoFor: ['backend'],
      text: 'What is the difference between TCP and UDP, and where is each used?',
      guidance:
        'TCP is connection-oriented: a three-way handshake, then reliable, ordered delivery with retransmission, flow control and congestion control, at the cost of latency and head-of-line blocking. UDP is connectionless with no delivery or ordering guarantees and very little overhead, so applications that prefer fresh data to late data use it: voice and video calls, online games, and protocols such as QUIC that build their own reliability on top. DNS mostly uses UDP but falls back to TCP for large responses and zone transfers. Link it to operations: security group and firewall rules are per protocol, and a network load balancer can handle UDP while an application load balancer cannot. A common slip is saying DNS uses only UDP.',
      topics: ['ops-networking'],
      keywords: ['tcp', 'udp', 'three-way handshake', 'quic', 'osi model', 'transport layer'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'ops-l4-vs-l7-load-balancer',
      category: 'technical',
      role: 'devops',
      text: 'What is the difference between a Layer 4 and a Layer 7 load balancer? When would you use an NLB instead of an ALB?',
      guidance:
        'A Layer 4 load balancer works with IP addresses, ports and TCP or UDP connections and forwards them without reading the content, so it is very fast and protocol-agnostic; AWS NLB also offers static IPs and can preserve the client IP. A Layer 7 load balancer understands HTTP, so it can route by host, path or header, terminate TLS, add sticky sessions via cookies, integrate a WAF and support gRPC and WebSockets; AWS ALB is the example. Choose an NLB for non-HTTP protocols, extreme throughput, static IPs or when TLS must pass through untouched, and an ALB for HTTP microservices routing. Cover health checks and connection draining too. A common slip is expecting a Layer 4 balancer to route on URL paths.',
      topics: ['ops-networking', 'ops-cloud'],
      keywords: ['load balancer', 'layer 4', 'layer 7', 'alb', 'nlb', 'tls termination', 'sticky sessions'],
    },
    {
      id: 'ops-tls-certificates',
      category: 'technical',
      role: 'devops',
      text: 'How does a TLS handshake work, and how do you manage certificates so they never expire in production?',
      guidance:
        "In the handshake the client and server agree on a protocol version and cipher suite, the server proves its identity with a certificate chain the client validates up to a trusted root CA (SNI tells the server which hostname is wanted), and a key exchange gives both sides a shared secret; after that, data is encrypted with fast symmetric keys. Decide where to terminate TLS: at the load balancer for simplicity, or re-encrypt to the backend and use mTLS inside a service mesh when traffic must be encrypted end to end. Automate renewal with ACM, cert-manager or Let's Encrypt, alert on expiry and debug with openssl s_client. A common slip is saying all traffic is encrypted with the server's public key; asymmetric crypto only authenticates and agrees the key.",
      topics: ['ops-networking', 'ops-security'],
      keywords: ['tls', 'ssl certificates', 'certificate authority', 'mtls', 'cert-manager', 'acm', 'openssl'],
      levels: ['mid', 'senior'],
    },
    // ------------------------------------------------------------ technical: observability and SRE
    {
      id: 'ops-prometheus-grafana',
      category: 'technical',
      role: 'devops',
      text: 'How does Prometheus work, and how would you set up monitoring for a Kubernetes application with Prometheus and Grafana?',
      guidance:
        'Prometheus pulls metrics by scraping HTTP endpoints on a schedule, discovers targets through Kubernetes service discovery, stores labelled time series and is queried with PromQL; exporters such as node_exporter and kube-state-metrics cover nodes and cluster objects, and the Pushgateway is for short-lived batch jobs. Know the metric types (counter, gauge, histogram, summary) and use rate() on counters. Alertmanager deduplicates, groups, routes and silences alerts, and Grafana builds dashboards over Prometheus and other sources. Build dashboards around the golden signals: latency, traffic, errors and saturation. For long retention or many clusters, mention Thanos, Mimir or Cortex. A common slip is using high-cardinality labels such as user or request ids, which blows up memory.',
      topics: ['ops-observability', 'ops-kubernetes'],
      keywords: ['prometheus', 'grafana', 'promql', 'alertmanager', 'exporters', 'golden signals', 'cardinality'],
    },
    {
      id: 'ops-alert-fatigue',
      category: 'technical',
      role: 'devops',
      text: 'The on-call team gets paged dozens of times a night and ignores most alerts. How do you fix alert fatigue?',
      guidance:
        'Start by auditing a few weeks of pages: which were actionable, which were duplicates, which fixed themselves. Then page only on symptoms users feel, such as error rate, latency or SLO burn rate, and send causes like high CPU or a single pod restart to dashboards or tickets. Every page should be urgent, actionable and linked to a runbook. Use for durations to skip brief spikes, grouping and inhibition in Alertmanager to collapse related alerts, and severity levels that separate pages from tickets. Review alert quality in each on-call handover and delete alerts nobody acts on. A common slip is adding a new alert after every incident and never removing any, which is how fatigue builds up.',
      topics: ['ops-observability', 'ops-sre'],
      keywords: ['alert fatigue', 'alerting', 'runbooks', 'burn rate', 'paging', 'alertmanager'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'ops-sli-slo-error-budget',
      category: 'technical',
      role: 'devops',
      text: 'Explain SLI, SLO, SLA and error budgets. What is toil?',
      guidance:
        'An SLI is a measured ratio of good events to total, such as the share of requests served successfully within 300 ms. An SLO is the internal target for that SLI over a window, say 99.9 per cent over 30 days. An SLA is the external contract, with penalties, usually looser than the SLO. The error budget is what the SLO leaves over: 99.9 per cent allows about 43 minutes of unavailability in 30 days, and when it runs out, a budget policy typically pauses risky releases for reliability work. Toil is manual, repetitive, automatable work that grows with the service and adds no lasting value; SRE teams cap it and automate it away. A common slip is aiming for 100 per cent, which leaves no room to ship changes.',
      topics: ['ops-sre'],
      keywords: ['sli', 'slo', 'sla', 'error budget', 'toil', 'availability target', 'nines'],
    },
    {
      id: 'ops-incident-postmortem',
      category: 'technical',
      role: 'devops',
      text: 'How should an incident be run, and what makes a postmortem blameless and useful?',
      guidance:
        'Describe the lifecycle: detect, declare with a severity, assign roles (an incident commander who coordinates, people who investigate and someone who handles communication), keep a timeline, mitigate first by rolling back, failing over or shedding load, and only then chase the root cause. A blameless postmortem assumes people acted sensibly with what they knew and asks how the system let the failure happen: impact, timeline, contributing factors, what went well and action items with owners and due dates. Track those actions to completion and share the lessons widely. A common slip is writing human error as the root cause, which ends the analysis exactly where it should start.',
      topics: ['ops-sre'],
      keywords: ['incident response', 'incident commander', 'blameless postmortem', 'root cause analysis', 'severity levels', 'mttr'],
    },
    // ------------------------------------------------------------ technical: Git, secrets, cost, GitOps
    {
      id: 'ops-git-branching',
      category: 'technical',
      role: 'devops',
      alsoFor: ['backend'],
      text: 'Which Git branching strategy would you recommend for a team that deploys several times a day?',
      guidance:
        'Compare the main options. GitFlow uses long-lived develop and release branches plus hotfix branches, which suits scheduled releases or several supported versions but slows continuous delivery. GitHub flow uses short-lived feature branches merged into main through pull requests, with main always deployable. Trunk-based development has everyone integrate small changes into main at least daily, with unfinished work hidden behind feature flags, and fits frequent deployment best. Back it with branch protection, required reviews and CI checks, and say whether you squash, merge or rebase. A common slip is long-lived feature branches that drift for weeks and end in painful merges, whatever the named strategy.',
      topics: ['ops-git', 'ops-cicd'],
      keywords: ['branching strategy', 'gitflow', 'trunk-based development', 'github flow', 'branch protection', 'rebase'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'ops-secrets-management',
      category: 'technical',
      role: 'devops',
      text: 'How do you manage secrets for applications and pipelines? Where do Vault and KMS fit in?',
      guidance:
        'Secrets never belong in Git, images or plain pipeline variables; keep them in a central store and inject them at runtime with least-privilege access. HashiCorp Vault stores secrets and can issue dynamic ones, such as short-lived database credentials it revokes when their lease ends, authenticates workloads (for example through Kubernetes service accounts) and keeps an audit log; AWS Secrets Manager, SSM Parameter Store and Azure Key Vault are managed options, with built-in rotation in Secrets Manager. KMS manages encryption keys rather than secrets: with envelope encryption a data key encrypts the data and the KMS key encrypts the data key. Add secret scanning such as gitleaks in CI. A common slip is thinking that removing a leaked secret from Git history is enough; rotate it first.',
      topics: ['ops-security', 'ops-cicd'],
      keywords: ['vault', 'kms', 'secrets manager', 'envelope encryption', 'dynamic secrets', 'secret rotation', 'gitleaks'],
    },
    {
      id: 'ops-cloud-cost-optimisation',
      category: 'technical',
      role: 'devops',
      text: 'Your cloud bill (AWS or Azure) has grown 40% in three months. How would you bring it down?',
      guidance:
        'Start with visibility: enforce cost-allocation tags, break spend down by service, team and environment in AWS Cost Explorer or Azure Cost Management, and set budgets and anomaly alerts. Then attack the big items: rightsize over-provisioned VMs and Kubernetes requests, autoscale and switch off non-production environments outside working hours, cover the steady baseline with Savings Plans or reservations (both clouds offer them), and run fault-tolerant batch, CI and stateless work on Spot capacity, which can be reclaimed at short notice. Clean up unattached disks, old snapshots and idle load balancers, move AWS gp2 volumes to gp3, add storage lifecycle rules and watch NAT gateway and cross-zone data-transfer charges. A common slip is saving money by removing redundancy, such as dropping to one AZ, without stating the reliability trade-off.',
      topics: ['ops-cost', 'ops-cloud', 'ops-azure'],
      keywords: [
        'cost optimisation',
        'rightsizing',
        'spot instances',
        'savings plans',
        'reserved instances',
        'cost explorer',
        'azure cost management',
        'gcp',
      ],
      levels: ['mid', 'senior'],
    },
    {
      id: 'ops-gitops-argocd',
      category: 'technical',
      role: 'devops',
      text: 'What is GitOps, and how does Argo CD deploy to Kubernetes?',
      guidance:
        'GitOps makes a Git repository the single source of truth for the desired state of the cluster, and every change goes through a commit and review. Argo CD runs in the cluster, watches the repository (plain manifests, Helm or Kustomize), compares the desired state with the live state, flags the application as OutOfSync and syncs it manually or automatically; self-heal reverts manual kubectl changes and prune removes deleted resources. Because it pulls, the CI system needs no cluster credentials: CI builds the image and updates the tag in the config repo, and rolling back is a git revert. Use ApplicationSets or app-of-apps for many clusters, and Sealed Secrets or External Secrets for secrets. A common slip is letting CI also run kubectl apply, so two systems fight over the cluster.',
      topics: ['ops-helm-gitops', 'ops-kubernetes', 'ops-cicd'],
      keywords: ['gitops', 'argo cd', 'flux', 'self-heal', 'applicationset', 'out of sync', 'pull-based deployment'],
    },
    // ------------------------------------------------------------ coding
    {
      id: 'ops-shell-scripting-round',
      category: 'coding',
      role: 'devops',
      text: 'How do you approach a shell scripting round in a DevOps interview?',
      guidance:
        'Expect tasks like counting the top IP addresses or status codes in an access log, finding and deleting files older than N days, checking disk usage and alerting above a threshold, or polling a health endpoint with retries. Clarify the input format and edge cases first, then write clearly: a bash shebang, set -euo pipefail, quoted variables, argument checks with a usage message, and meaningful exit codes. Lean on standard tools in a pipeline (grep, awk, sort, uniq -c, sort -nr, head, find with -mtime) and explain each stage. Say when you would switch to Python, such as parsing JSON or complex logic, and mention shellcheck. A common slip is leaving variables unquoted or parsing ls output, which breaks on file names with spaces.',
      topics: ['ops-linux'],
      keywords: ['shell scripting', 'bash script', 'awk', 'grep', 'sed', 'log parsing', 'shellcheck', 'cron'],
    },
    // ------------------------------------------------------------ situational
    {
      id: 'ops-production-down-2am',
      category: 'situational',
      role: 'devops',
      text: 'You are on call and get paged at 2 a.m.: the production site is down. Walk me through what you do.',
      guidance:
        'Acknowledge the page and confirm the impact from dashboards and synthetic checks: what is failing, for whom, since when. Declare an incident, open a channel and bring in help early rather than struggling alone. Ask what changed: recent deploys, config or infrastructure changes, expired certificates, DNS, or an outage at the cloud provider or a third party. Mitigate before diagnosing: roll back, fail over, scale out, or turn off the feature flag, and post regular status updates to stakeholders. Once service is restored, confirm recovery in the metrics, note the timeline, and leave the root cause for a blameless postmortem. A common slip is spending an hour hunting the root cause while users stay down, when a rollback would have restored service in minutes.',
      topics: ['ops-sre', 'ops-observability'],
      keywords: ['on-call', 'outage', 'incident', 'production down', 'mitigation', 'status page'],
    },
    {
      id: 'ops-deployment-broke-production',
      category: 'situational',
      role: 'devops',
      text: 'A deployment you pushed has just broken production. What do you do now, and afterwards?',
      guidance:
        'First stop the damage: halt the pipeline or pause the rollout, tell the team, and roll back to the last known good version, whether by kubectl rollout undo, helm rollback or a git revert picked up by Argo CD. Check database migrations before rolling back, since old code may not work with a changed schema, and then confirm error rates and latency recover. Afterwards, work out why the pipeline let it through: a missing test, a difference between staging and production config, or no canary analysis. Write a blameless postmortem and add the missing safeguard, such as smoke tests, automated canary checks or a required approval. A common slip is rushing a hotfix forward under pressure instead of rolling back, or hiding your own part in the failure.',
      topics: ['ops-deployment-strategies', 'ops-cicd', 'ops-sre'],
      keywords: ['failed deployment', 'rollback', 'helm rollback', 'rollout undo', 'hotfix', 'canary analysis'],
    },
    // ------------------------------------------------------------ behavioural
    {
      id: 'ops-beh-automated-toil',
      category: 'behavioural',
      role: 'devops',
      text: 'Tell me about a time you automated a manual, repetitive process. What was the impact?',
      guidance:
        'Choose a real example, such as manual server provisioning turned into Terraform modules, hand-run deployments replaced by a pipeline, or a recurring runbook turned into a script or operator. Use STAR: describe the pain in measurable terms (hours a week, error-prone steps, slow releases), why you picked that tool, how you rolled it out safely and got the team to adopt it, and the result in numbers, such as provisioning time cut from days to minutes or deployment frequency raised. Mention what you documented and how others maintain it now. A common slip is describing the tool in depth and never saying what changed for the team, or automating something nobody else could run or maintain afterwards.',
      topics: ['ops-sre', 'ops-iac', 'ops-cicd'],
      keywords: ['automation', 'toil reduction', 'self-service', 'star method', 'process improvement'],
    },
    {
      id: 'ops-beh-incident-handled',
      category: 'behavioural',
      role: 'devops',
      text: 'Tell me about a production incident you handled, or caused. What did you do, and what changed afterwards?',
      guidance:
        'Pick an incident with real impact and be honest about your part, including a mistake if you made one. Walk through detection, how you communicated and with whom, the mitigation, the root cause and the follow-up actions that stopped it recurring, such as an added alert, a pipeline check or a runbook. Interviewers look for calm under pressure, clear communication, ownership without blame, and learning that changed a system rather than a promise to be more careful. Quantify the impact and the recovery time if you can. A common slip is telling a story where someone else was at fault and you only watched, or one with no lasting change afterwards.',
      topics: ['ops-sre', 'ops-observability'],
      keywords: ['production incident', 'outage', 'postmortem', 'lessons learned', 'mttr'],
    },
    // ------------------------------------------------------------ ask the interviewer
    {
      id: 'ops-ask-on-call',
      category: 'ask-interviewer',
      role: 'devops',
      text: 'What does on-call look like here: how many people share the rotation, how often are you paged, and how are incidents followed up?',
      guidance:
        'The answer reveals your real workload and how mature operations are. A small rotation with frequent night pages and no postmortems signals burnout risk; a team that tracks paging volume and fixes noisy alerts is one that invests in reliability. Follow up on whether on-call is compensated or given time off in lieu, and who escalates when the primary cannot fix an issue. Asking also shows the interviewer that you take production ownership seriously.',
      topics: ['ops-sre', 'ops-observability'],
      keywords: ['on-call rotation', 'paging', 'work-life balance', 'incident culture'],
    },
    {
      id: 'ops-ask-iac-maturity',
      category: 'ask-interviewer',
      role: 'devops',
      text: 'How much of your infrastructure is managed as code today, and how does a change reach production?',
      guidance:
        'It tells you whether you would be improving a mature platform or untangling hand-built infrastructure, and how often the team deploys. Either can be a good job, but you should know which one you are signing up for. Follow-ups on who approves changes, how often manual console changes still happen and how environments differ reveal process and culture, and give you a natural opening to describe how you have handled a similar setup.',
      topics: ['ops-iac', 'ops-cicd'],
      keywords: ['infrastructure as code', 'deployment frequency', 'platform maturity', 'change management'],
    },
    {
      id: 'ops-ask-team-model',
      category: 'ask-interviewer',
      role: 'devops',
      text: 'Do developers own their services in production, or does a central DevOps or platform team run everything?',
      guidance:
        'The answer shows how the organisation splits responsibility and what your days would be like: building self-service tooling for product teams, or acting as the team that does every deployment and fixes every outage. It also hints at whether DevOps is seen as a practice or as a ticket queue. Asking it signals that you think about ownership, not only tools.',
      topics: ['ops-sre', 'ops-cicd'],
      keywords: ['platform team', 'platform engineering', 'service ownership', 'developer experience'],
    },
  ],
  rounds: [
    {
      id: 'ops-screening',
      name: 'Screening or online assessment',
      description:
        'A recruiter or technical screen, sometimes with a multiple-choice test on Linux, networking, Git, Docker and cloud basics, or a short scripting task.',
    },
    {
      id: 'ops-fundamentals-round',
      name: 'Technical round: fundamentals',
      description:
        'Linux commands and troubleshooting, networking, Docker and Kubernetes concepts, CI/CD and the cloud services on your CV, often probed with follow-up questions about your own projects.',
    },
    {
      id: 'ops-scenario-round',
      name: 'Scenario and hands-on round',
      description:
        'Scenario questions such as a pod in CrashLoopBackOff or a full disk, and sometimes live tasks: write a Dockerfile, a pipeline, a Terraform resource or a shell script, or debug a broken setup.',
    },
    {
      id: 'ops-design-round',
      name: 'Infrastructure or system design',
      description:
        'Mostly for mid and senior roles: design a highly available, secure deployment on AWS, Azure or Kubernetes, a CI/CD platform, or monitoring and alerting for a service, with cost and failure trade-offs.',
    },
    {
      id: 'ops-managerial-hr',
      name: 'Managerial and HR',
      description:
        'Incidents you handled, on-call and shift expectations, working with development teams, and the usual notice period and compensation discussion.',
    },
  ],
  tips: [
    {
      id: 'ops-answer-with-commands',
      title: 'Answer scenarios with commands',
      body: 'For troubleshooting questions, say the exact commands you would run and what you would look for in their output (kubectl describe, kubectl logs --previous, df -i, dig). It shows hands-on experience better than definitions.',
    },
    {
      id: 'ops-mitigate-first',
      title: 'Mitigate first, then find the cause',
      body: 'In every production scenario, restore service first (roll back, fail over, scale) and communicate, then investigate. Interviewers listen for that order and for how you keep stakeholders informed.',
    },
    {
      id: 'ops-practice-lab',
      title: 'Keep a small lab',
      body: 'Run a local cluster with kind or minikube, write Terraform for a few resources, and break things on purpose. Being able to describe what you actually saw when something failed sets you apart from memorised answers.',
    },
  ],
};

export default devops;
