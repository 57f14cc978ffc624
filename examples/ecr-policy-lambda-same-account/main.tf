terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

variable "repository_name" {
  description = "Name of the repository that holds the function's image."
  type        = string
  default     = "my-image"
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

resource "aws_ecr_repository" "image" {
  name = var.repository_name
}

data "aws_iam_policy_document" "lambda_pull" {
  statement {
    sid     = "LambdaECRImageRetrievalPolicy"
    actions = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }

    condition {
      test     = "StringLike"
      variable = "aws:SourceArn"
      values   = ["arn:${data.aws_partition.current.partition}:lambda:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:function:*"]
    }
  }
}

resource "aws_ecr_repository_policy" "image" {
  repository = aws_ecr_repository.image.name
  policy     = data.aws_iam_policy_document.lambda_pull.json
}

output "repository_url" {
  description = "Use this URL (with a tag or digest) as the function's image URI."
  value       = aws_ecr_repository.image.repository_url
}
