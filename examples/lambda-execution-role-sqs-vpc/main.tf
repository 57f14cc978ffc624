terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
    archive = {
      source  = "hashicorp/archive"
      version = ">= 2.4"
    }
  }
}

variable "function_name" {
  description = "Name of the Lambda function."
  type        = string
  default     = "my-fn"
}

variable "queue_name" {
  description = "Name of the SQS queue that feeds the function."
  type        = string
  default     = "my-queue"
}

variable "environment_kms_key_id" {
  description = "ID of the customer managed KMS key that encrypts the environment variables."
  type        = string
  default     = "1234abcd-12ab-34cd-56ef-1234567890ab"
}

variable "subnet_ids" {
  description = "Private subnets the function connects to."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups for the function's network interfaces."
  type        = list(string)
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  partition     = data.aws_partition.current.partition
  region        = data.aws_region.current.region
  account_id    = data.aws_caller_identity.current.account_id
  log_group_arn = "arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:/aws/lambda/${var.function_name}"
  queue_arn     = "arn:${local.partition}:sqs:${local.region}:${local.account_id}:${var.queue_name}"
  key_arn       = "arn:${local.partition}:kms:${local.region}:${local.account_id}:key/${var.environment_kms_key_id}"
}

resource "aws_iam_role" "execution" {
  name        = "${var.function_name}-execution-role"
  description = "Lambda execution role for the function ${var.function_name}."
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
      Condition = {
        StringEquals = { "aws:SourceAccount" = local.account_id }
      }
    }]
  })
}

# Network interfaces in the VPC: the AWS managed policy, as AWS documents it.
resource "aws_iam_role_policy_attachment" "vpc_access" {
  role       = aws_iam_role.execution.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"
}

resource "aws_iam_role_policy" "logs_queue_and_key" {
  name = "logs-queue-and-key"
  role = aws_iam_role.execution.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "WriteOwnLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = "${local.log_group_arn}:*"
      },
      {
        Sid      = "ConsumeOneQueue"
        Effect   = "Allow"
        Action   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]
        Resource = local.queue_arn
      },
      {
        Sid      = "DecryptEnvironmentVariables"
        Effect   = "Allow"
        Action   = "kms:Decrypt"
        Resource = local.key_arn
      },
    ]
  })
}

resource "aws_sqs_queue" "queue" {
  name                       = var.queue_name
  visibility_timeout_seconds = 180
}

data "archive_file" "function" {
  type        = "zip"
  output_path = "${path.module}/function.zip"

  source {
    filename = "index.py"
    content  = <<-PY
      def handler(event, context):
          for record in event["Records"]:
              print(record["body"])
    PY
  }
}

resource "aws_lambda_function" "function" {
  function_name    = var.function_name
  role             = aws_iam_role.execution.arn
  runtime          = "python3.13"
  handler          = "index.handler"
  timeout          = 30
  filename         = data.archive_file.function.output_path
  source_code_hash = data.archive_file.function.output_base64sha256
  kms_key_arn      = local.key_arn

  environment {
    variables = {
      LOG_LEVEL = "info"
    }
  }

  vpc_config {
    subnet_ids         = var.subnet_ids
    security_group_ids = var.security_group_ids
  }

  # The role and its policies must exist before Lambda checks them.
  depends_on = [aws_iam_role_policy_attachment.vpc_access, aws_iam_role_policy.logs_queue_and_key]
}

resource "aws_lambda_event_source_mapping" "queue" {
  event_source_arn = aws_sqs_queue.queue.arn
  function_name    = aws_lambda_function.function.arn
  batch_size       = 10
}

output "execution_role_arn" {
  description = "The function's execution role."
  value       = aws_iam_role.execution.arn
}
