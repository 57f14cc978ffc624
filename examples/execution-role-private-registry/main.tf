terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

variable "registry_secret_name" {
  description = "Name of the Secrets Manager secret that holds the registry user name and password."
  type        = string
  default     = "my-registry-credentials"
}

variable "registry_secret_kms_key_id" {
  description = "ID of the customer managed KMS key that encrypts the secret."
  type        = string
  default     = "1234abcd-12ab-34cd-56ef-1234567890ab"
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.region
  account_id = data.aws_caller_identity.current.account_id
}

resource "aws_iam_role" "task_execution" {
  name        = "my-app-task-execution-role"
  description = "Task execution role (executionRoleArn) that reads the private registry credentials."
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Action    = "sts:AssumeRole"
      Condition = {
        ArnLike      = { "aws:SourceArn" = "arn:${local.partition}:ecs:${local.region}:${local.account_id}:*" }
        StringEquals = { "aws:SourceAccount" = local.account_id }
      }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "ecr_and_logs" {
  role       = aws_iam_role.task_execution.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_iam_role_policy" "registry_credentials" {
  name = "read-registry-credentials"
  role = aws_iam_role.task_execution.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        # The secret's ARN ends in a hyphen and six random characters, hence "-*".
        Sid      = "ReadRegistryCredentials"
        Effect   = "Allow"
        Action   = "secretsmanager:GetSecretValue"
        Resource = "arn:${local.partition}:secretsmanager:${local.region}:${local.account_id}:secret:${var.registry_secret_name}-*"
      },
      {
        Sid      = "DecryptWithCustomerManagedKey"
        Effect   = "Allow"
        Action   = "kms:Decrypt"
        Resource = "arn:${local.partition}:kms:${local.region}:${local.account_id}:key/${var.registry_secret_kms_key_id}"
      },
    ]
  })
}

output "task_execution_role_arn" {
  description = "Put this in the task definition's execution_role_arn."
  value       = aws_iam_role.task_execution.arn
}
