"""The S3 tests' fixtures on a moto server whose authentication starts after three actions: an IAM
user with an access key and full rights (the three), then, signed with that key, bucket `lake`
holding 10,000 small objects of mixed kinds under `mixed/` (in nested prefixes, some hidden, one
in the GLACIER class), iris and penguins as CSV under `tables/`, and bucket `empty`. Prints the
key pair ("ID SECRET")."""
import concurrent.futures
import json
import random
import sys

import boto3

endpoint = sys.argv[1]
iam = boto3.client("iam", endpoint_url=endpoint, region_name="us-east-1",
                   aws_access_key_id="setup", aws_secret_access_key="setup")
iam.create_user(UserName="assay")
key = iam.create_access_key(UserName="assay")["AccessKey"]
iam.put_user_policy(UserName="assay", PolicyName="everything", PolicyDocument=json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))

s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                  aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])
s3.create_bucket(Bucket="lake")
s3.create_bucket(Bucket="empty")
for name in ["iris.csv", "penguins.csv"]:
    s3.upload_file(f"sampledata/{name}", "lake", f"tables/{name}")

kinds = ["csv", "json", "log", "png", "mp3", "mp4", "pdf", "zip", "db", "bin"]
random.seed(7)


def put(index):
    folder = f"mixed/part{index % 10}/day{index % 7}"
    name = f"{folder}/.hidden{index}.txt" if index % 500 == 0 else f"{folder}/object{index}.{kinds[index % len(kinds)]}"
    extra = {"StorageClass": "GLACIER"} if index == 1 else {}
    s3.put_object(Bucket="lake", Key=name, Body=b"x" * random.randint(0, 2000), **extra)


with concurrent.futures.ThreadPoolExecutor(16) as pool:
    list(pool.map(put, range(10_000)))
print(key["AccessKeyId"], key["SecretAccessKey"])
