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

variable "function_account_id" {
  description = "Account that owns the Lambda functions (same Region as this repository)."
  type        = string
  default     = "111122223333"
}

data "aws_partition" "current" {}
data "aws_region" "current" {}

resource "aws_ecr_repository" "image" {
  name = var.repository_name
}

data "aws_iam_policy_document" "repository" {
  # Lets the other account create and update functions that use these images.
  statement {
    sid     = "CrossAccountPermission"
    actions = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${data.aws_partition.current.partition}:iam::${var.function_account_id}:root"]
    }
  }

  # Lets the Lambda service fetch the image again for those functions (for example after they went inactive).
  statement {
    sid     = "LambdaECRImageCrossAccountRetrievalPolicy"
    actions = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }

    condition {
      test     = "StringLike"
      variable = "aws:SourceArn"
      values   = ["arn:${data.aws_partition.current.partition}:lambda:${data.aws_region.current.region}:${var.function_account_id}:function:*"]
    }
  }
}

resource "aws_ecr_repository_policy" "image" {
  repository = aws_ecr_repository.image.name
  policy     = data.aws_iam_policy_document.repository.json
}

output "repository_url" {
  description = "Use this URL (with a tag or digest) as the function's image URI."
  value       = aws_ecr_repository.image.repository_url
}
