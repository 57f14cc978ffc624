terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

variable "config_bucket_name" {
  description = "Bucket that holds the env file."
  type        = string
  default     = "my-config-bucket"
}

variable "env_file_key" {
  description = "Object key of the env file."
  type        = string
  default     = "app/prod.env"
}

variable "secrets_kms_key_id" {
  description = "ID of the customer managed KMS key that encrypts the secrets."
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
  description = "Task execution role (executionRoleArn) used by the ECS and Fargate agents."
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

resource "aws_iam_role_policy" "env_file_and_secrets" {
  name = "read-env-file-and-secrets"
  role = aws_iam_role.task_execution.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadEnvFile"
        Effect   = "Allow"
        Action   = "s3:GetObject"
        Resource = "arn:${local.partition}:s3:::${var.config_bucket_name}/${var.env_file_key}"
      },
      {
        Sid      = "LocateEnvFileBucket"
        Effect   = "Allow"
        Action   = "s3:GetBucketLocation"
        Resource = "arn:${local.partition}:s3:::${var.config_bucket_name}"
      },
      {
        Sid      = "ReadSecrets"
        Effect   = "Allow"
        Action   = "secretsmanager:GetSecretValue"
        Resource = "arn:${local.partition}:secretsmanager:${local.region}:${local.account_id}:secret:my-app/db-*"
      },
      {
        Sid      = "ReadParameters"
        Effect   = "Allow"
        Action   = "ssm:GetParameters"
        Resource = "arn:${local.partition}:ssm:${local.region}:${local.account_id}:parameter/my-app/*"
      },
      {
        Sid      = "DecryptWithCustomerManagedKey"
        Effect   = "Allow"
        Action   = "kms:Decrypt"
        Resource = "arn:${local.partition}:kms:${local.region}:${local.account_id}:key/${var.secrets_kms_key_id}"
      },
    ]
  })
}

output "task_execution_role_arn" {
  description = "Put this in the task definition's execution_role_arn."
  value       = aws_iam_role.task_execution.arn
}
