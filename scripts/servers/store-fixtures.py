"""The object store tests' fixtures, the same for every store: bucket `lake` holding 10,000 small
objects of mixed kinds under `mixed/` (in nested prefixes, every 500th hidden, `object1.json` in
the GLACIER class where the store has classes, and four beside its folders: `mixed/a.csv`, `part1.csv`,
`part10.log`, `zz.csv`), iris and penguins as CSV under `tables/`; and
bucket `empty`.

  --folder DIR    writes them as DIR/BUCKET/KEY files (fake-gcs-server's -data layout)
  --s3 ENDPOINT   puts them into a moto server whose authentication starts after three actions:
                  first an IAM user, its access key and a policy allowing everything (the three),
                  then every object signed with that key; prints the key pair ("ID SECRET")
"""
import argparse
import concurrent.futures
import json
import os
import random

KINDS = ["csv", "json", "log", "png", "mp3", "mp4", "pdf", "zip", "db", "bin"]


def objects():
    """(bucket, key, bytes, storage class or None) of every fixture object."""
    for name in ["iris.csv", "penguins.csv"]:
        with open(f"sampledata/{name}", "rb") as file:
            yield "lake", f"tables/{name}", file.read(), None
    generator = random.Random(7)
    for index in range(10_000):
        folder = f"mixed/part{index % 10}/day{index % 7}"
        key = f"{folder}/.hidden{index}.txt" if index % 500 == 0 else f"{folder}/object{index}.{KINDS[index % len(KINDS)]}"
        yield "lake", key, b"x" * generator.randint(0, 2000), "GLACIER" if index == 1 else None
    for key in ["a.csv", "part1.csv", "part10.log", "zz.csv"]:  # beside the folders, in key order between them
        yield "lake", f"mixed/{key}", b"id\n1\n", None


def write_folder(root):
    os.makedirs(os.path.join(root, "empty"), exist_ok=True)
    for bucket, key, body, _ in objects():
        path = os.path.join(root, bucket, key)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as file:
            file.write(body)


def put_into_s3(endpoint):
    import boto3

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

    def put(item):
        bucket, name, body, storage_class = item
        extra = {"StorageClass": storage_class} if storage_class else {}
        s3.put_object(Bucket=bucket, Key=name, Body=body, **extra)

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        list(pool.map(put, objects()))
    print(key["AccessKeyId"], key["SecretAccessKey"])


parser = argparse.ArgumentParser()
parser.add_argument("--folder")
parser.add_argument("--s3")
arguments = parser.parse_args()
if arguments.folder:
    write_folder(arguments.folder)
if arguments.s3:
    put_into_s3(arguments.s3)
