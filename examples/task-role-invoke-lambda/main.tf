terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

variable "function_name" {
  description = "Name of the Lambda function the application calls."
  type        = string
  default     = "my-fn"
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  account_id   = data.aws_caller_identity.current.account_id
  function_arn = "arn:${data.aws_partition.current.partition}:lambda:${data.aws_region.current.region}:${local.account_id}:function:${var.function_name}"
}

data "aws_iam_policy_document" "ecs_tasks_trust" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:${data.aws_partition.current.partition}:ecs:${data.aws_region.current.region}:${local.account_id}:*"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_iam_role" "task" {
  name               = "my-app-task-role"
  description        = "Task role (taskRoleArn) for the application containers."
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_trust.json
}

data "aws_iam_policy_document" "invoke_one_function" {
  statement {
    actions   = ["lambda:InvokeFunction"]
    resources = [local.function_arn, "${local.function_arn}:*"]
  }
}

resource "aws_iam_role_policy" "invoke_one_function" {
  name   = "invoke-one-function"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.invoke_one_function.json
}

output "task_role_arn" {
  description = "Put this in the task definition's task_role_arn."
  value       = aws_iam_role.task.arn
}
