terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

variable "schedule_name" {
  description = "Name of the schedule."
  type        = string
  default     = "nightly-report"
}

variable "schedule_group_name" {
  description = "Schedule group of the schedule (its ARN, not the schedule's, goes into the trust policy)."
  type        = string
  default     = "default"
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
  schedule_group_arn = "arn:${local.partition}:scheduler:${local.region}:${local.account_id}:schedule-group/${var.schedule_group_name}"
  cluster_arn        = "arn:${local.partition}:ecs:${local.region}:${local.account_id}:cluster/${var.cluster_name}"
  family_arn         = "arn:${local.partition}:ecs:${local.region}:${local.account_id}:task-definition/${var.task_definition_family}"
  task_role_arn      = "arn:${local.partition}:iam::${local.account_id}:role/${var.task_role_name}"
  execution_role_arn = "arn:${local.partition}:iam::${local.account_id}:role/${var.task_execution_role_name}"
}

data "aws_iam_policy_document" "scheduler_trust" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [local.schedule_group_arn]
    }
  }
}

resource "aws_iam_role" "scheduler" {
  name               = "my-app-nightly-report-scheduler-role"
  description        = "EventBridge Scheduler execution role that starts the scheduled ECS task."
  assume_role_policy = data.aws_iam_policy_document.scheduler_trust.json
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
  role   = aws_iam_role.scheduler.id
  policy = data.aws_iam_policy_document.run_scheduled_task.json
}

resource "aws_scheduler_schedule" "nightly_report" {
  name                         = var.schedule_name
  group_name                   = var.schedule_group_name
  description                  = "Runs the report task every day at 03:00 Tokyo time."
  schedule_expression          = "cron(0 3 * * ? *)"
  schedule_expression_timezone = "Asia/Tokyo"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = local.cluster_arn
    role_arn = aws_iam_role.scheduler.arn

    ecs_parameters {
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
}

output "scheduler_role_arn" {
  description = "The execution role (target.role_arn) of the schedule."
  value       = aws_iam_role.scheduler.arn
}
