terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

variable "task_role_arn" {
  description = "The task role, used by the application in the container."
  type        = string
  default     = "arn:aws:iam::123456789012:role/my-app-task-role"
}

variable "task_execution_role_arn" {
  description = "The task execution role, used by the Fargate agent."
  type        = string
  default     = "arn:aws:iam::123456789012:role/my-app-task-execution-role"
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.region
  account_id = data.aws_caller_identity.current.account_id
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/ecs/my-app"
  retention_in_days = 30
}

resource "aws_ecs_task_definition" "app" {
  family                   = "my-app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  task_role_arn            = var.task_role_arn
  execution_role_arn       = var.task_execution_role_arn

  container_definitions = jsonencode([{
    name      = "app"
    image     = "${local.account_id}.dkr.ecr.${local.region}.amazonaws.com/my-app:1.0.0"
    essential = true
    environmentFiles = [{
      type  = "s3"
      value = "arn:${local.partition}:s3:::my-config-bucket/app/prod.env"
    }]
    secrets = [
      { name = "DB_PASSWORD", valueFrom = "arn:${local.partition}:secretsmanager:${local.region}:${local.account_id}:secret:my-app/db-AbCdEf" },
      { name = "API_TOKEN", valueFrom = "arn:${local.partition}:ssm:${local.region}:${local.account_id}:parameter/my-app/api-token" },
    ]
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.app.name
        awslogs-region        = local.region
        awslogs-stream-prefix = "app"
      }
    }
  }])
}

output "task_definition_arn" {
  value = aws_ecs_task_definition.app.arn
}
