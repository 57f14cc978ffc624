terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

variable "rule_name" {
  description = "Name of the EventBridge rule (its ARN goes into the trust policy)."
  type        = string
  default     = "nightly-report"
}

variable "cluster_name" {
  description = "Cluster the scheduled task runs in."
  type        = string
  default     = "my-cluster"
}

variable "task_definition_family" {
  description = "Task definition family to run (every revision is allowed; the target runs the latest ACTIVE one)."
  type        = string
  default     = "my-app"
}

variable "task_role_name" {
  description = "Task role (task_role_arn) named in the task definition."
  type        = string
  default     = "my-app-task-role"
}

variable "task_execution_role_name" {
  description = "Task execution role (execution_role_arn) named in the task definition."
  type        = string
  default     = "my-app-task-execution-role"
}

variable "subnet_ids" {
  description = "Subnets for the task's network interface (awsvpc, required on Fargate)."
  type        = list(string)
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  partition          = data.aws_partition.current.partition
  region             = data.aws_region.current.region
  account_id         = data.aws_caller_identity.current.account_id
  cluster_arn        = "arn:${local.partition}:ecs:${local.region}:${local.account_id}:cluster/${var.cluster_name}"
  family_arn         = "arn:${local.partition}:ecs:${local.region}:${local.account_id}:task-definition/${var.task_definition_family}"
  task_role_arn      = "arn:${local.partition}:iam::${local.account_id}:role/${var.task_role_name}"
  execution_role_arn = "arn:${local.partition}:iam::${local.account_id}:role/${var.task_execution_role_name}"
}

data "aws_iam_policy_document" "events_trust" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_cloudwatch_event_rule.nightly_report.arn]
    }
  }
}

resource "aws_iam_role" "events" {
  name               = "my-app-nightly-report-events-role"
  description        = "EventBridge target role that starts the scheduled ECS task."
  assume_role_policy = data.aws_iam_policy_document.events_trust.json
}

data "aws_iam_policy_document" "run_scheduled_task" {
  statement {
    sid       = "RunTaskDefinitionOnCluster"
    actions   = ["ecs:RunTask"]
    resources = ["${local.family_arn}:*"]

    condition {
      test     = "ArnEquals"
      variable = "ecs:cluster"
      values   = [local.cluster_arn]
    }
  }

  statement {
    sid       = "PassTaskAndExecutionRoles"
    actions   = ["iam:PassRole"]
    resources = [local.task_role_arn, local.execution_role_arn]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }

  statement {
    sid       = "TagTasksAtLaunch"
    actions   = ["ecs:TagResource"]
    resources = ["arn:${local.partition}:ecs:${local.region}:${local.account_id}:task/${var.cluster_name}/*"]

    condition {
      test     = "StringEquals"
      variable = "ecs:CreateAction"
      values   = ["RunTask"]
    }
  }
}

resource "aws_iam_role_policy" "run_scheduled_task" {
  name   = "run-scheduled-task"
  role   = aws_iam_role.events.id
  policy = data.aws_iam_policy_document.run_scheduled_task.json
}

resource "aws_cloudwatch_event_rule" "nightly_report" {
  name                = var.rule_name
  description         = "Runs the report task every day at 18:00 UTC (03:00 JST)."
  schedule_expression = "cron(0 18 * * ? *)"
}

resource "aws_cloudwatch_event_target" "run_report_task" {
  rule      = aws_cloudwatch_event_rule.nightly_report.name
  target_id = "run-report-task"
  arn       = local.cluster_arn
  role_arn  = aws_iam_role.events.arn

  ecs_target {
    task_definition_arn = local.family_arn
    task_count          = 1
    launch_type         = "FARGATE"
    propagate_tags      = "TASK_DEFINITION"

    network_configuration {
      subnets          = var.subnet_ids
      assign_public_ip = false
    }
  }
}

output "events_role_arn" {
  description = "The target role (role_arn) of the rule."
  value       = aws_iam_role.events.arn
}
