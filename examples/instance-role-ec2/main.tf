terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

variable "instance_role_name" {
  description = "Name of the container instance role (and of its instance profile)."
  type        = string
  default     = "ecsInstanceRole"
}

data "aws_partition" "current" {}

# EC2 sends no aws:SourceAccount or aws:SourceArn when it assumes an instance role,
# so this trust policy has no conditions.
data "aws_iam_policy_document" "ec2_trust" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "instance" {
  name               = var.instance_role_name
  description        = "Container instance role for the ECS container agent and Docker daemon on EC2."
  assume_role_policy = data.aws_iam_policy_document.ec2_trust.json
}

resource "aws_iam_role_policy_attachment" "ecs_for_ec2" {
  role       = aws_iam_role.instance.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"
}

resource "aws_iam_instance_profile" "instance" {
  name = var.instance_role_name
  role = aws_iam_role.instance.name
}

output "instance_profile_name" {
  description = "Put this in the launch template's iam_instance_profile (name)."
  value       = aws_iam_instance_profile.instance.name
}

output "instance_profile_arn" {
  description = "Put this in the launch template's iam_instance_profile (arn)."
  value       = aws_iam_instance_profile.instance.arn
}
