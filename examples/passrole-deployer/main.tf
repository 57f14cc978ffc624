terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

variable "task_definition_family" {
  description = "Task definition family the deployer registers."
  type        = string
  default     = "my-app"
}

variable "task_role_name" {
  description = "Name of the task role (task_role_arn) in the task definition."
  type        = string
  default     = "my-app-task-role"
}

variable "task_execution_role_name" {
  description = "Name of the task execution role (execution_role_arn) in the task definition."
  type        = string
  default     = "my-app-task-execution-role"
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.region
  account_id = data.aws_caller_identity.current.account_id
}

# An AWS account principal: callers in this account still need sts:AssumeRole on this role.
data "aws_iam_policy_document" "account_trust" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }
}

resource "aws_iam_role" "deployer" {
  name               = "deployer"
  description        = "Role that CI assumes to register task definitions."
  assume_role_policy = data.aws_iam_policy_document.account_trust.json
}

data "aws_iam_policy_document" "register_and_pass" {
  statement {
    sid       = "RegisterTaskDefinition"
    actions   = ["ecs:RegisterTaskDefinition"]
    resources = ["arn:${local.partition}:ecs:${local.region}:${local.account_id}:task-definition/${var.task_definition_family}:*"]
  }

  statement {
    sid     = "PassTheTwoEcsRoles"
    actions = ["iam:PassRole"]
    resources = [
      "arn:${local.partition}:iam::${local.account_id}:role/${var.task_role_name}",
      "arn:${local.partition}:iam::${local.account_id}:role/${var.task_execution_role_name}",
    ]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "register_and_pass" {
  name        = "register-task-definition-and-pass-roles"
  description = "Register task definitions of one family and pass its task role and task execution role to ECS tasks."
  policy      = data.aws_iam_policy_document.register_and_pass.json
}

resource "aws_iam_role_policy_attachment" "register_and_pass" {
  role       = aws_iam_role.deployer.name
  policy_arn = aws_iam_policy.register_and_pass.arn
}

output "deployer_role_arn" {
  description = "The role your CI assumes."
  value       = aws_iam_role.deployer.arn
}
